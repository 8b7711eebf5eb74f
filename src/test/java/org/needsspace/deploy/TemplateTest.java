package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needsspace.deploy.SamTemplate.intrinsic;
import static org.needsspace.deploy.SamTemplate.list;
import static org.needsspace.deploy.SamTemplate.map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needsspace.skill.RequestLog;
import org.needsspace.skill.SkillConfiguration;
import org.needsspace.progress.dynamodb.ProgressItem;
import org.needsspace.progress.dynamodb.ProgressTable;
import org.w3c.dom.Document;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** template.yaml against what the code and the build expect: what would break a deployment if it drifted. */
class TemplateTest {

    private static final Path TEMPLATE = Path.of("template.yaml");
    private static final String FUNCTION = "NeedsSpaceFunction";
    private static final String TABLE = "ProgressTable";

    /** The item layout the DynamoDB adapter reads and writes: the template's table must match it. */
    private static final TableSchema<ProgressItem> ADAPTER_SCHEMA = ProgressTable.schema();
    /**
     * The adapter writes this attribute (epoch seconds) for the table's TTL; the enhanced client has no TTL
     * annotation, so the name is stated here and checked against the adapter's schema below.
     */
    private static final String TTL_ATTRIBUTE = "expiresAt";

    private static SamTemplate template;
    private static Map<String, Object> function;

    @BeforeAll
    static void readTemplate() throws Exception {
        template = SamTemplate.read(TEMPLATE);
        function = template.properties(FUNCTION);
    }

    @Test
    void isASamTemplateWithOneFunctionAndTheProgressTable() {
        assertEquals("AWS::Serverless-2016-10-31", template.root().get("Transform"));
        assertEquals("AWS::Serverless::Function", template.resource(FUNCTION).get("Type"));
        assertEquals("AWS::DynamoDB::Table", template.resource(TABLE).get("Type"));
        long functions = template.section("Resources").values().stream()
                .filter(r -> "AWS::Serverless::Function".equals(map(r).get("Type"))).count();
        assertEquals(1, functions);
    }

    @Test
    void handlerNamesALambdaStreamHandlerWithAPublicNoArgConstructor() throws Exception {
        String[] handler = ((String) function.get("Handler")).split("::");
        assertEquals(2, handler.length, "Handler is class::method");

        Class<?> type = Class.forName(handler[0]);
        assertTrue(RequestStreamHandler.class.isAssignableFrom(type), type + " is a RequestStreamHandler");
        assertTrue(Modifier.isPublic(type.getModifiers()));
        assertFalse(Modifier.isAbstract(type.getModifiers()));
        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "Lambda needs a public no-arg constructor");

        assertEquals("handleRequest", handler[1]);
        type.getMethod(handler[1], InputStream.class, OutputStream.class, Context.class);
    }

    @Test
    void environmentVariablesAreTheNamesTheCodeReads() {
        Map<String, Object> variables = map(map(function.get("Environment")).get("Variables"));
        assertEquals(intrinsic("!Ref", "SkillId"), variables.get(SkillConfiguration.SKILL_ID));
        assertEquals(intrinsic("!Ref", TABLE), variables.get(SkillConfiguration.PROGRESS_TABLE_NAME));
        assertEquals(Set.of(SkillConfiguration.SKILL_ID, SkillConfiguration.PROGRESS_TABLE_NAME,
                        SkillConfiguration.METRICS_NAMESPACE, "JAVA_TOOL_OPTIONS"),
                variables.keySet(), "every variable set is one the code or the JVM reads");
    }

    @Test
    void functionIsJava21OnArm64WithSnapStartOnAPublishedAlias() {
        assertEquals("java21", function.get("Runtime"));
        assertEquals(List.of("arm64"), function.get("Architectures"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), function.get("SnapStart"));
        assertEquals("live", function.get("AutoPublishAlias"));
        int timeout = (Integer) function.get("Timeout");
        assertTrue(timeout > 0 && timeout <= 7, "Alexa gives up after about 8 s: Timeout " + timeout);
        assertTrue(function.get("MemorySize") instanceof Integer);
    }

    @Test
    void codeUriIsTheJarThePomBuilds() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String finalName = pom.getElementsByTagName("finalName").item(0).getTextContent().trim();

        assertEquals("target/" + finalName + ".jar", function.get("CodeUri"));
        assertEquals(Boolean.TRUE, map(template.resource(FUNCTION).get("Metadata")).get("SkipBuild"),
                "sam build cannot build from a jar: it must skip the prebuilt one");
    }

    @Test
    void theAlexaEventAndTheSkillIdComeFromTheSkillIdParameter() {
        Map<String, Object> events = map(function.get("Events"));
        assertEquals(1, events.size());
        Map<String, Object> alexa = map(events.values().iterator().next());
        assertEquals("AlexaSkill", alexa.get("Type"));
        assertEquals(Map.of("SkillId", intrinsic("!Ref", "SkillId")), alexa.get("Properties"));

        Map<String, Object> parameter = map(template.section("Parameters").get("SkillId"));
        assertFalse(parameter.containsKey("Default"), "an empty skill id would refuse every request");
        Pattern allowed = Pattern.compile((String) parameter.get("AllowedPattern"));
        assertTrue(allowed.matcher("amzn1.ask.skill.0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b").matches());
        assertFalse(allowed.matcher("").matches());
        assertFalse(allowed.matcher("amzn1.ask.skill.").matches());
    }

    @Test
    void progressTableHasTheAdaptersKeyAndTtlAndIsProtected() {
        String key = ADAPTER_SCHEMA.tableMetadata().primaryPartitionKey();
        assertEquals(Optional.of(ScalarAttributeType.S), ADAPTER_SCHEMA.tableMetadata().scalarAttributeType(key));
        assertTrue(ADAPTER_SCHEMA.attributeNames().contains(TTL_ATTRIBUTE), "the adapter writes " + TTL_ATTRIBUTE);
        assertTrue(ADAPTER_SCHEMA.tableMetadata().primarySortKey().isEmpty(), "the adapter's table has no sort key");

        Map<String, Object> table = template.properties(TABLE);
        assertEquals("PAY_PER_REQUEST", table.get("BillingMode"));
        assertEquals(List.of(Map.of("AttributeName", key, "KeyType", "HASH")), table.get("KeySchema"));
        assertEquals(List.of(Map.of("AttributeName", key, "AttributeType", "S")),
                table.get("AttributeDefinitions"));
        assertEquals(Map.of("AttributeName", TTL_ATTRIBUTE, "Enabled", true), table.get("TimeToLiveSpecification"));
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), table.get("PointInTimeRecoverySpecification"));
        assertEquals(Map.of("SSEEnabled", true), table.get("SSESpecification"));
        assertFalse(table.containsKey("TableName"), "the table name is CloudFormation's, passed to the function");
    }

    @Test
    void policyAllowsOnlyItemReadsAndWritesOnTheProgressTable() {
        List<Object> policies = list(function.get("Policies"));
        assertEquals(1, policies.size(), "one inline policy, no SAM policy templates or managed policies");
        List<Object> statements = list(map(policies.get(0)).get("Statement"));
        assertEquals(1, statements.size());
        Map<String, Object> statement = map(statements.get(0));

        assertEquals("Allow", statement.get("Effect"));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:UpdateItem"),
                Set.copyOf(list(statement.get("Action"))));
        assertEquals(intrinsic("!GetAtt", TABLE + ".Arn"), statement.get("Resource"));
    }

    @Test
    void logsGoToTheFunctionsOwnLogGroupWithRetention() {
        Map<String, Object> logGroup = template.properties("FunctionLogGroup");
        assertEquals("AWS::Logs::LogGroup", template.resource("FunctionLogGroup").get("Type"));
        assertTrue(logGroup.get("RetentionInDays") != null);
        String functionName = (String) map(function.get("FunctionName")).get("!Sub");
        assertEquals(intrinsic("!Sub", "/aws/lambda/" + functionName), logGroup.get("LogGroupName"));
        assertEquals(Map.of("LogGroup", intrinsic("!Ref", "FunctionLogGroup")), function.get("LoggingConfig"));
    }

    @Test
    void outputsGiveTheAliasArnForTheSkillEndpointAndTheTableName() {
        Map<String, Object> outputs = template.section("Outputs");
        assertEquals(intrinsic("!Ref", FUNCTION + ".Alias"), map(outputs.get("SkillEndpointArn")).get("Value"));
        assertEquals(intrinsic("!Ref", TABLE), map(outputs.get("ProgressTableName")).get("Value"));
    }

    @Test
    void theRequestMetricsGoToANamespaceOfTheStack() {
        Map<String, Object> variables = map(map(function.get("Environment")).get("Variables"));
        assertEquals(intrinsic("!Ref", "AWS::StackName"), variables.get(SkillConfiguration.METRICS_NAMESPACE));
    }

    @Test
    void alarmsWatchFunctionErrorsThrottlesAndStoreFailuresAndMayNotifyATopic() {
        Map<String, Object> errors = alarm("FunctionErrorsAlarm");
        assertEquals("AWS/Lambda", errors.get("Namespace"));
        assertEquals("Errors", errors.get("MetricName"));
        assertEquals(List.of(Map.of("Name", "FunctionName", "Value", intrinsic("!Ref", FUNCTION))), errors.get("Dimensions"));

        Map<String, Object> throttles = alarm("FunctionThrottlesAlarm");
        assertEquals("AWS/Lambda", throttles.get("Namespace"));
        assertEquals("Throttles", throttles.get("MetricName"));
        assertEquals(errors.get("Dimensions"), throttles.get("Dimensions"));

        Map<String, Object> store = alarm("StoreFailuresAlarm");
        Map<String, Object> variables = map(map(function.get("Environment")).get("Variables"));
        assertEquals(variables.get(SkillConfiguration.METRICS_NAMESPACE), store.get("Namespace"),
                "the alarm reads the namespace the function writes to");
        assertEquals(RequestLog.STORE_FAILURES, store.get("MetricName"));
        assertFalse(store.containsKey("Dimensions"), "the function writes StoreFailures without dimensions");

        Map<String, Object> parameter = map(template.section("Parameters").get("AlarmTopicArn"));
        assertEquals("", parameter.get("Default"), "the topic is optional");
        Object notify = intrinsic("!If", List.of("NotifyAlarmTopic", List.of(intrinsic("!Ref", "AlarmTopicArn")),
                intrinsic("!Ref", "AWS::NoValue")));
        for (Map<String, Object> alarm : List.of(errors, throttles, store)) {
            assertEquals(notify, alarm.get("AlarmActions"));
            assertEquals(notify, alarm.get("OKActions"));
            assertEquals("notBreaching", alarm.get("TreatMissingData"), "no traffic is not an alarm");
        }
        assertEquals(intrinsic("!Not", List.of(intrinsic("!Equals", List.of(intrinsic("!Ref", "AlarmTopicArn"), "")))),
                template.section("Conditions").get("NotifyAlarmTopic"));
    }

    private static Map<String, Object> alarm(String logicalId) {
        assertEquals("AWS::CloudWatch::Alarm", template.resource(logicalId).get("Type"));
        return template.properties(logicalId);
    }

    @Test
    void nothingAccountOrRegionSpecificIsHardCoded() throws Exception {
        String text = Files.readString(TEMPLATE);
        assertFalse(Pattern.compile("\\b\\d{12}\\b").matcher(text).find(), "no account id");
        assertFalse(Pattern.compile("\\b(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\\d\\b").matcher(text).find(), "no region");
        assertFalse(text.contains("arn:aws:"), "ARNs come from !GetAtt / !Ref");
    }
}
