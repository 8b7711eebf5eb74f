package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.Progress;
import org.needsspace.progress.UserKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ProgressItemTest {

    private static final UserKey USER = UserKey.of("amzn1.ask.account.item-test");
    private static final Instant VISIT = Instant.parse("2030-03-01T10:00:00Z");
    private static final Instant EXPIRY = Instant.parse("2031-04-05T10:00:00Z");

    @Test
    void progressSurvivesTheRoundTripThroughTheItemAndItsAttributes() {
        Progress progress = new Progress("active-listening", ordered("initiating-the-conversation", "active-listening"),
                ordered("walk", "breathe"), true, VISIT, VISIT.minusSeconds(60), 7);

        ProgressItem item = ProgressItem.of(USER, progress, EXPIRY);
        Map<String, AttributeValue> attributes = ProgressTable.SCHEMA.itemToMap(item, true);

        assertEquals(progress, ProgressTable.SCHEMA.mapToItem(attributes).toProgress());
    }

    @Test
    void theItemIsKeyedByTheUserKeyAndExpiresInEpochSeconds() {
        ProgressItem item = ProgressItem.of(USER, Progress.newUser(), EXPIRY);

        assertEquals(USER.value(), item.getUserId());
        assertEquals(EXPIRY.getEpochSecond(), item.getExpiresAt());
    }

    @Test
    void heardIdsKeepTheirOrderSoTheLastHeardPromptIsLast() {
        Progress progress = Progress.newUser().withHeardPrompts(ordered("journal", "walk", "breathe"));

        ProgressItem item = ProgressItem.of(USER, progress, EXPIRY);

        assertEquals(List.of("journal", "walk", "breathe"), item.getHeardPrompts());
        assertEquals(List.of("journal", "walk", "breathe"), List.copyOf(item.toProgress().heardPrompts()));
    }

    @Test
    void aRecordNeverStoredHasNoVersionAttributeSoTheWriteRequiresThatNoneExists() {
        ProgressItem item = ProgressItem.of(USER, Progress.newUser(), EXPIRY);

        assertNull(item.getVersion());
        assertEquals(0, item.toProgress().version());
    }

    @Test
    void anItemWithMissingAttributesReadsAsANewUsersProgress() {
        ProgressItem item = new ProgressItem();
        item.setUserId(USER.value());
        item.setVersion(3L);

        assertEquals(Progress.newUser().withVersion(3), item.toProgress());
    }

    @Test
    void theStoredLayoutIsTheOneTheAnnotatedBeanSchemaWroteSoExistingRecordsStillRead() {
        Progress progress = new Progress("active-listening", ordered("active-listening"), ordered("walk", "breathe"),
                true, VISIT, VISIT.minusSeconds(60), 7);

        Map<String, AttributeValue> attributes = ProgressTable.SCHEMA.itemToMap(ProgressItem.of(USER, progress, EXPIRY), true);

        assertEquals("userId", ProgressTable.SCHEMA.tableMetadata().primaryPartitionKey());
        assertEquals(Map.of(
                "userId", AttributeValue.fromS(USER.value()),
                "version", AttributeValue.fromN("7"),
                "expiresAt", AttributeValue.fromN(Long.toString(EXPIRY.getEpochSecond())),
                "sectionId", AttributeValue.fromS("active-listening"),
                "heardSections", AttributeValue.fromL(List.of(AttributeValue.fromS("active-listening"))),
                "heardPrompts", AttributeValue.fromL(List.of(AttributeValue.fromS("walk"), AttributeValue.fromS("breathe"))),
                "visited", AttributeValue.fromBool(true),
                "lastVisit", AttributeValue.fromS("2030-03-01T10:00:00Z"),
                "placeChangedAt", AttributeValue.fromS("2030-03-01T09:59:00Z")), attributes);
    }

    private static Set<String> ordered(String... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }

    @Test
    void theReminderIsStoredAsItsIdTimeDeclinedOfferAndChangeTime() {
        Progress progress = Progress.newUser().withReminder(
                new DailyReminder("amzn1.alert.reminder.3", LocalTime.of(8, 0), true, VISIT.plusMillis(250)));
        ProgressItem item = ProgressItem.of(USER, progress, EXPIRY);
        var attributes = ProgressTable.SCHEMA.itemToMap(item, true);
        assertEquals("08:00", attributes.get("reminderTime").s());
        assertEquals("2030-03-01T10:00:00.250Z", attributes.get("reminderChangedAt").s());
        assertEquals(progress, ProgressTable.SCHEMA.mapToItem(attributes).toProgress());
    }

    @Test
    void aCancelledReminderKeepsItsChangeTimeWithoutAnIdOrTime() {
        Progress progress = Progress.newUser().withReminder(DailyReminder.NONE.cleared(VISIT));

        var attributes = ProgressTable.SCHEMA.itemToMap(ProgressItem.of(USER, progress, EXPIRY), true);

        assertEquals(Set.of("userId", "expiresAt", "heardSections", "heardPrompts", "visited", "reminderChangedAt"),
                attributes.keySet());
        assertEquals(progress, ProgressTable.SCHEMA.mapToItem(attributes).toProgress());
    }

    @Test
    void anItemWrittenBeforeChangeTimesReadsItsReminderWithAnUnknownChange() {
        Map<String, AttributeValue> oldItem = Map.of(
                "userId", AttributeValue.fromS(USER.value()),
                "version", AttributeValue.fromN("4"),
                "reminderId", AttributeValue.fromS("amzn1.alert.reminder.3"),
                "reminderTime", AttributeValue.fromS("08:00"));

        DailyReminder read = ProgressTable.SCHEMA.mapToItem(oldItem).toProgress().reminder();

        assertEquals(new DailyReminder("amzn1.alert.reminder.3", LocalTime.of(8, 0), false), read);
        assertNull(read.changedAt());
    }
}
