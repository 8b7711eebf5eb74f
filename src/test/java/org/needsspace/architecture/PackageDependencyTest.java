package org.needsspace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.needsspace.(**)").should().beFreeOfCycles().check(production);
    }

    @Test
    void lambdaServeModeAndTheSkillNeverDependOnTheConsoleOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(
                        "org.needsspace.lambda..", "org.needsspace.http..", "org.needsspace.skill..",
                        "org.needsspace.alexa..", "org.needsspace.content..", "org.needsspace.understanding..",
                        "org.needsspace.progress..", "org.needsspace.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.needsspace.console..", "org.needsspace.cli..")
                .check(production);
    }

    @Test
    void theGuideAndTheUnderstandingAreFreeOfAlexaAndAws() {
        noClasses().that().resideInAnyPackage("org.needsspace.domain..", "org.needsspace.understanding..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.amazon..", "software.amazon..", "org.needsspace.alexa..", "org.needsspace.progress..")
                .check(production);
    }

    @Test
    void theAlexaLayerDoesNotKnowWhichRuntimeHostsIt() {
        noClasses().that().resideInAnyPackage("org.needsspace.alexa..", "org.needsspace.content..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.needsspace.lambda..", "org.needsspace.http..", "org.needsspace.skill..",
                        "com.amazonaws.services.lambda..")
                .check(production);
    }

    @Test
    void onlyTheDynamoDbAdapterTalksToDynamoDb() {
        noClasses().that().resideOutsideOfPackages("org.needsspace.progress.dynamodb..", "org.needsspace.lambda..",
                        "org.needsspace.cli..", "org.needsspace.skill..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk.services.dynamodb..")
                .check(production);
    }
}
