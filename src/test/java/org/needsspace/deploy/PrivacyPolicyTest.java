package org.needsspace.deploy;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needsspace.progress.Retention;
import org.needsspace.progress.dynamodb.ProgressItem;

/**
 * docs/privacy.md says what the skill keeps, for how long and how to delete it, as the code and the template do it:
 * an attribute added to the stored record, or a retention changed, fails here until the policy says so.
 */
class PrivacyPolicyTest {

    /** What the policy says for each attribute of a user's record (serve mode stores the same record as JSON). */
    private static final Map<String, String> SAID_FOR_ATTRIBUTE = Map.ofEntries(
            entry("userId", "stores a one-way hash of it (SHA-256)"),
            entry("sectionId", "the section you are on"),
            entry("heardSections", "the sections you have heard"),
            entry("heardPrompts", "the self-care exercises you have heard recently"),
            entry("visited", "whether you have visited before"),
            entry("lastVisit", "when you last used the skill"),
            entry("placeChangedAt", "last moved through the guide"),
            entry("reminderId", "the reminder's identifier at Alexa"),
            entry("reminderTime", "its time of day"),
            entry("reminderChangedAt", "when it was last set, changed or cancelled"),
            entry("reminderOfferDeclined", "whether you said no when the skill offered a daily reminder"),
            entry("version", "a version number"),
            entry("expiresAt", "the date the record expires"));

    private static String policy;

    @BeforeAll
    static void read() throws IOException {
        policy = Files.readString(Path.of("docs/privacy.md")).replaceAll("\\s+", " ");
    }

    @Test
    void everyAttributeOfTheStoredRecordIsDescribed() {
        Set<String> attributes = Arrays.stream(ProgressItem.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)
                .collect(Collectors.toSet());
        assertEquals(attributes, SAID_FOR_ATTRIBUTE.keySet(), "a new attribute needs its sentence in docs/privacy.md");
        SAID_FOR_ATTRIBUTE.forEach((attribute, said) -> assertTrue(policy.contains(said), attribute + ": " + said));
    }

    @Test
    void itSaysHowLongWhatIsKeptIsKept() throws IOException {
        assertTrue(policy.contains("has not been written for " + Retention.AFTER_LAST_WRITE.toDays() + " days is deleted"));
        SamTemplate template = SamTemplate.read(Path.of("template.yaml"));
        Map<?, ?> logRetention = (Map<?, ?>) template.section("Parameters").get("LogRetentionDays");
        assertTrue(policy.contains("The log is kept for " + logRetention.get("Default") + " days"));
        Map<?, ?> recovery = (Map<?, ?>) ((Map<?, ?>) template.resource("ProgressTable").get("Properties"))
                .get("PointInTimeRecoverySpecification");
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), recovery, "DynamoDB's default period: 35 days");
        assertTrue(policy.contains("backups hold earlier states of the table for 35 days"));
    }

    @Test
    void itSaysHowToDeleteIt() {
        assertTrue(policy.contains("Say \"Alexa, ask partner space coach to forget me\" and then \"yes\""));
        assertTrue(policy.contains("Disable the skill in the Alexa app"));
    }
}
