package org.needsspace.alexaapi;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A reminder that rings every day at one local time in the user's own zone, with a short text Alexa reads out.
 *
 * @param text what Alexa says when it rings (plain text, at most {@link #MAX_TEXT_LENGTH} characters)
 */
public record DailyReminderRequest(LocalTime time, ZoneId zone, String locale, String text) {

    /** The length of a reminder's spoken text that Alexa's reminders accept. */
    public static final int MAX_TEXT_LENGTH = 250;

    public DailyReminderRequest {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("A reminder's text has 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        time = time.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The first time it rings: today at that time in the user's zone if still to come, else tomorrow. */
    LocalDateTime firstRing(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDateTime today = local.toLocalDate().atTime(time);
        return today.isAfter(local.toLocalDateTime()) ? today : today.plusDays(1);
    }

    ReminderRequest toApi(Instant now) {
        Recurrence daily = Recurrence.builder()
                .withStartDateTime(firstRing(now))
                .addRecurrenceRulesItem("FREQ=DAILY;BYHOUR=" + time.getHour() + ";BYMINUTE=" + time.getMinute()
                        + ";BYSECOND=0;INTERVAL=1;")
                .build();
        return ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MILLIS))
                .withTrigger(Trigger.builder()
                        .withType(TriggerType.SCHEDULED_ABSOLUTE)
                        .withTimeZoneId(zone.getId())
                        .withRecurrence(daily)
                        .build())
                .withAlertInfo(AlertInfo.builder()
                        .withSpokenInfo(SpokenInfo.builder()
                                .addContentItem(SpokenText.builder().withLocale(locale).withText(text).build())
                                .build())
                        .build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
    }
}
