package org.needsspace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production code's packages depend in one direction; the deployed paths never reach the local console. */
class PackageDependencyTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.needsspace");
    }

    /** The rule holds for the production classes; the report names every violation. */
    private static void assertHolds(ArchRule rule) {
        EvaluationResult result = rule.evaluate(production);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    @Test
    void packagesHaveNoCycles() {
        assertHolds(slices().matching("org.needsspace.(**)").should().beFreeOfCycles());
    }

    @Test
    void lambdaServeModeAndTheSkillNeverDependOnTheConsoleOrTheCommandLine() {
        assertHolds(noClasses().that().resideInAnyPackage(
                        "org.needsspace.lambda..", "org.needsspace.http..", "org.needsspace.skill..",
                        "org.needsspace.alexa..", "org.needsspace.content..", "org.needsspace.understanding..",
                        "org.needsspace.progress..", "org.needsspace.domain..", "org.needsspace.alexaapi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.needsspace.console..", "org.needsspace.cli.."));
    }

    @Test
    void theAlexaApiClientsKnowNothingOfTheConversationOrTheStores() {
        assertHolds(noClasses().that().resideInAnyPackage("org.needsspace.alexaapi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.needsspace.alexa..", "org.needsspace.content..",
                        "org.needsspace.progress..", "org.needsspace.skill..", "org.needsspace.lambda..",
                        "org.needsspace.http..", "software.amazon.."));
    }

    @Test
    void onlyTheAlexaApiPackageCallsAlexasServiceClients() {
        assertHolds(noClasses().that().resideOutsideOfPackages("org.needsspace.alexaapi..")
                .should().dependOnClassesThat().resideInAnyPackage("com.amazon.ask.model.services.."));
    }

    @Test
    void theGuideAndTheUnderstandingAreFreeOfAlexaAndAws() {
        assertHolds(noClasses().that().resideInAnyPackage("org.needsspace.domain..", "org.needsspace.understanding..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.amazon..", "software.amazon..", "org.needsspace.alexa..", "org.needsspace.progress.."));
    }

    @Test
    void theAlexaLayerDoesNotKnowWhichRuntimeHostsIt() {
        assertHolds(noClasses().that().resideInAnyPackage("org.needsspace.alexa..", "org.needsspace.content..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.needsspace.lambda..", "org.needsspace.http..", "org.needsspace.skill..",
                        "com.amazonaws.services.lambda.."));
    }

    @Test
    void onlyTheSqliteAdapterTalksToSqliteAndOnlyTheCommandLineBuildsIt() {
        assertHolds(noClasses().that().resideOutsideOfPackages("org.needsspace.progress.sqlite..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "java.sql.."));
        // The Lambda path never loads SQLite: only the command line (serve mode) wires the adapter in.
        assertHolds(noClasses().that().resideOutsideOfPackages("org.needsspace.progress.sqlite..", "org.needsspace.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.needsspace.progress.sqlite.."));
    }

    @Test
    void screensShowWhatAReplyNamesAndKnowNothingOfTheConversation() {
        assertHolds(noClasses().that().resideInAPackage("org.needsspace.alexa.screen..")
                .should().dependOnClassesThat().resideInAnyPackage("org.needsspace.alexa.turn..",
                        "org.needsspace.alexa.conversation..", "org.needsspace.alexa.handlers..",
                        "org.needsspace.alexa.requests..", "org.needsspace.progress.."));
    }

    @Test
    void readingAlexaRequestsKnowsNothingOfTurnsAnswersOrHandlers() {
        assertHolds(noClasses().that().resideInAPackage("org.needsspace.alexa.requests..")
                .should().dependOnClassesThat().resideInAnyPackage("org.needsspace.alexa.turn..",
                        "org.needsspace.alexa.conversation..", "org.needsspace.alexa.handlers..",
                        "org.needsspace.alexa.screen..", "org.needsspace.progress.."));
    }

    @Test
    void theTurnMachineryKnowsNothingOfWhatTheConversationAnswers() {
        assertHolds(noClasses().that().resideInAPackage("org.needsspace.alexa.turn..")
                .should().dependOnClassesThat().resideInAnyPackage("org.needsspace.alexa.conversation..",
                        "org.needsspace.alexa.handlers.."));
    }

    @Test
    void theConversationsAnswersKnowNothingOfTheHandlersThatCallThem() {
        assertHolds(noClasses().that().resideInAPackage("org.needsspace.alexa.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.needsspace.alexa.handlers.."));
    }

    @Test
    void onlyTheDynamoDbAdapterTalksToDynamoDb() {
        assertHolds(noClasses().that().resideOutsideOfPackages("org.needsspace.progress.dynamodb..",
                        "org.needsspace.lambda..", "org.needsspace.cli..", "org.needsspace.skill..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk.services.dynamodb.."));
    }

    @Test
    void nothingUsesTheJdksInternalHttpServerOrOtherSunClasses() {
        assertHolds(noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "com.sun.net.httpserver..", "sun..", "jdk.internal.."));
    }

    @Test
    void onlyServeModeUsesJettyAndOnlyRequestProgressReachesItsInternals() {
        assertHolds(noClasses().that().resideOutsideOfPackage("org.needsspace.http..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty.."));
        assertHolds(noClasses().that().doNotHaveFullyQualifiedName("org.needsspace.http.RequestProgress")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..internal.."));
    }
}
