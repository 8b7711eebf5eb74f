package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.content.ContentCatalog;

/** The one deploy command, offline: which programs it runs, in which order, with which arguments, and what it deploys. */
class DeployScriptTest {

    private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:coach-test-skill:live";
    private static final String PRIVACY = "https://coach.example.org/privacy";
    private static final String OUTPUTS = """
            [{"OutputKey": "ProgressTableName", "OutputValue": "coach-test-ProgressTable-1", "Description": "table"},
             {"OutputKey": "SkillEndpointArn", "OutputValue": "%s", "Description": "alias"}]""".formatted(ARN);
    private static final String SAM_DEPLOY = "sam deploy --template-file template.yaml --stack-name coach-test"
            + " --region eu-west-1 --capabilities CAPABILITY_IAM --resolve-s3 --no-confirm-changeset"
            + " --no-fail-on-empty-changeset --parameter-overrides SkillId=";
    private static final String SAM_OUTPUTS = "sam list stack-outputs --stack-name coach-test --region eu-west-1 --output json";
    private static final String[] ARGUMENTS = {"--privacy-policy-url", PRIVACY, "--stack-name", "coach-test", "--region", "eu-west-1"};

    @TempDir
    Path temp;
    private DeployRehearsal deploy;

    @BeforeEach
    void copyTheProject() throws IOException {
        deploy = new DeployRehearsal(temp);
        deploy.stackOutputs(OUTPUTS);
    }

    @Test
    void fromACleanCheckoutItBuildsCreatesTheSkillDeploysTheStackThenThePackageWithTheAliasArn() throws Exception {
        byte[] committed = Files.readAllBytes(deploy.project().resolve("interaction-model/skill.json"));

        DeployRehearsal.Result result = deploy.run(ARGUMENTS);

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(List.of(
                "mvn -q -B package -DskipTests",
                "ask deploy --target skill-metadata",
                SAM_DEPLOY + DeployRehearsal.NEW_SKILL_ID,
                SAM_OUTPUTS,
                "ask deploy"), deploy.calls());
        JsonNode deployed = deploy.deployedManifest(2);
        assertEquals(ARN, deployed.at("/apis/custom/endpoint/uri").asText());
        assertEquals(ARN, deployed.at("/events/endpoint/uri").asText());
        assertArrayEquals(committed, Files.readAllBytes(deploy.project().resolve("interaction-model/skill.json")),
                "the committed skill.json is never written");
        assertTrue(result.stdout().contains("Skill id:  " + DeployRehearsal.NEW_SKILL_ID), result.stdout());
        assertTrue(result.stdout().contains("ask dialog --skill-id " + DeployRehearsal.NEW_SKILL_ID + " --locale en-US"),
                result.stdout());
    }

    @Test
    void theSkillIsCreatedFromThePackageWithoutAnyEndpoint() throws Exception {
        assertEquals(0, deploy.run(ARGUMENTS).exitCode());

        JsonNode created = deploy.deployedManifest(1);
        assertTrue(created.at("/apis/custom/endpoint").isMissingNode(), "no endpoint before the stack exists");
        assertTrue(created.path("events").isMissingNode(), "event subscriptions wait for an endpoint");
        assertEquals(PRIVACY, created.at("/privacyAndCompliance/locales/en-US/privacyPolicyUrl").asText());
    }

    @Test
    void theDeployedPackageHasEveryLocaleWithItsPrivacyPolicyAndReadsIntoAmazonsModel() throws Exception {
        assertEquals(0, deploy.run(ARGUMENTS).exitCode());

        Path deployed = deploy.deployedPackage(2);
        assertEquals(List.of(), SmapiManifest.unknownValues(SmapiManifest.read(deployed.resolve("skill.json"))));
        JsonNode manifest = deploy.deployedManifest(2);
        for (String locale : ContentCatalog.supportedLocales()) {
            assertEquals(PRIVACY, manifest.at("/privacyAndCompliance/locales/" + locale + "/privacyPolicyUrl").asText(),
                    locale);
            assertArrayEquals(Files.readAllBytes(Path.of("interaction-model/interactionModels/custom/" + locale + ".json")),
                    Files.readAllBytes(deployed.resolve("interactionModels/custom/" + locale + ".json")), locale + " model");
        }
        assertEquals(filesUnder(Path.of("interaction-model")), filesUnder(deployed), "the whole package, assets too");
    }

    @Test
    void aSkillThatExistsIsUpdatedNotCreatedAgain() throws Exception {
        String existing = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
        Files.createDirectories(deploy.project().resolve(".ask"));
        Files.writeString(deploy.project().resolve(".ask/ask-states.json"),
                "{\"askcliStatesVersion\":\"2020-03-31\",\"profiles\":{\"default\":{\"skillId\":\"" + existing + "\"}}}");

        assertEquals(0, deploy.run(ARGUMENTS).exitCode());

        assertEquals(List.of("mvn -q -B package -DskipTests", SAM_DEPLOY + existing, SAM_OUTPUTS, "ask deploy"),
                deploy.calls());
        assertEquals(ARN, deploy.deployedManifest(1).at("/apis/custom/endpoint/uri").asText());
    }

    @Test
    void anAlarmTopicReachesTheStack() throws Exception {
        List<String> arguments = new ArrayList<>(List.of(ARGUMENTS));
        arguments.addAll(List.of("--alarm-topic-arn", "arn:aws:sns:eu-west-1:123456789012:coach-alarms"));

        assertEquals(0, deploy.run(arguments.toArray(String[]::new)).exitCode());

        assertTrue(deploy.calls().contains(SAM_DEPLOY + DeployRehearsal.NEW_SKILL_ID
                + " AlarmTopicArn=arn:aws:sns:eu-west-1:123456789012:coach-alarms"), deploy.calls().toString());
    }

    @Test
    void withoutAnHttpsPrivacyPolicyNothingRuns() throws Exception {
        DeployRehearsal.Result missing = deploy.run("--stack-name", "coach-test");
        assertNotEquals(0, missing.exitCode());
        assertTrue(missing.stderr().contains("--privacy-policy-url is required"), missing.stderr());

        DeployRehearsal.Result plain = deploy.run("--privacy-policy-url", "http://coach.example.org/privacy");
        assertNotEquals(0, plain.exitCode());
        assertTrue(plain.stderr().contains("https"), plain.stderr());
        assertEquals(List.of(), deploy.calls());
    }

    @Test
    void aStackWithoutTheAliasOutputStopsBeforeTheSkillPackage() throws Exception {
        deploy.stackOutputs("[{\"OutputKey\": \"ProgressTableName\", \"OutputValue\": \"t\", \"Description\": \"d\"}]");

        DeployRehearsal.Result result = deploy.run(ARGUMENTS);

        assertNotEquals(0, result.exitCode());
        assertTrue(result.stderr().contains("SkillEndpointArn"), result.stderr());
        assertEquals(SAM_OUTPUTS, deploy.calls().get(deploy.calls().size() - 1), "nothing after the outputs");
        assertEquals(1, deploy.deployedPackages(), "only the package that created the skill");
    }

    @Test
    void aFailedSkillCreationStopsBeforeTheStack() throws Exception {
        deploy.askFails();

        DeployRehearsal.Result result = deploy.run(ARGUMENTS);

        assertNotEquals(0, result.exitCode());
        assertEquals(List.of("mvn -q -B package -DskipTests", "ask deploy --target skill-metadata"), deploy.calls());
    }

    @Test
    void skipBuildDeploysTheJarThatIsThereAndNeedsNoMaven() throws Exception {
        deploy.withoutMaven();
        List<String> arguments = new ArrayList<>(List.of(ARGUMENTS));
        arguments.add("--skip-build");

        DeployRehearsal.Result noJar = deploy.run(arguments.toArray(String[]::new));
        assertNotEquals(0, noJar.exitCode());
        assertTrue(noJar.stderr().contains("target/needs-space-skill.jar is missing"), noJar.stderr());
        assertEquals(List.of(), deploy.calls());

        Files.createDirectories(deploy.project().resolve("target"));
        Files.writeString(deploy.project().resolve("target/needs-space-skill.jar"), "jar");
        assertEquals(0, deploy.run(arguments.toArray(String[]::new)).exitCode());
        assertEquals("ask deploy --target skill-metadata", deploy.calls().get(0));
    }

    private static List<String> filesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(file -> directory.relativize(file).toString()).sorted().toList();
        }
    }
}
