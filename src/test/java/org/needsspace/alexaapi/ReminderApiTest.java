package org.needsspace.alexaapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reminder and settings calls against a real HTTP server standing in for Alexa's APIs. */
class ReminderApiTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String TEXT = "Time for a moment for yourself.";

    private FakeAlexaApi alexa;
    private ReminderApi api;
    private ApiAccess access;

    @BeforeEach
    void start() throws Exception {
        alexa = new FakeAlexaApi().device("device-london", "Europe/London");
        api = new ReminderApi(new JdkHttpApiClient(ReminderApi.CONNECT_TIMEOUT, Duration.ofSeconds(3)));
        access = new ApiAccess(alexa.endpoint(), FakeAlexaApi.TOKEN, "device-london");
    }

    @AfterEach
    void stop() {
        alexa.close();
    }

    @Test
    void theTimeZoneIsTheDevicesFromTheSettingsApi() {
        assertEquals(ZoneId.of("Europe/London"), api.timeZone(access));
        assertEquals(List.of("GET /v2/devices/device-london/settings/System.timeZone"), alexa.calls());
    }

    @Test
    void aDailyReminderIsPostedAsAlexaWantsIt() {
        String id = api.create(access, new DailyReminderRequest(LocalTime.of(20, 0), ZoneId.of("Europe/London"),
                "en-GB", TEXT), NOW);

        assertEquals(List.of(), alexa.problems());
        JsonNode sent = alexa.reminders().get(id);
        assertEquals("Europe/London", sent.path("trigger").path("timeZoneId").asText());
        assertEquals("FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1;",
                sent.path("trigger").path("recurrence").path("recurrenceRules").get(0).asText());
        assertTrue(sent.path("trigger").path("recurrence").path("startDateTime").asText().startsWith("2026-11-29T20:00"),
                sent.toString());
        assertEquals("en-GB", sent.path("alertInfo").path("spokenInfo").path("content").get(0).path("locale").asText());
        assertEquals(TEXT, sent.path("alertInfo").path("spokenInfo").path("content").get(0).path("text").asText());
        assertEquals("ENABLED", sent.path("pushNotification").path("status").asText());
    }

    @Test
    void aTimeAlreadyPastTodayStartsTomorrow() {
        DailyReminderRequest morning = new DailyReminderRequest(LocalTime.of(8, 0), ZoneId.of("Europe/London"), "en-GB", TEXT);
        assertEquals("2026-11-30T08:00", morning.firstRing(NOW).toString());
    }

    @Test
    void updateAndDeleteAddressTheReminderById() {
        DailyReminderRequest request = new DailyReminderRequest(LocalTime.of(20, 0), ZoneId.of("Europe/London"), "en-GB", TEXT);
        String id = api.create(access, request, NOW);
        api.update(access, id, new DailyReminderRequest(LocalTime.of(21, 0), ZoneId.of("Europe/London"), "en-GB", TEXT), NOW);
        api.delete(access, id);
        api.delete(access, id);

        assertEquals(List.of("POST /v1/alerts/reminders", "PUT /v1/alerts/reminders/" + id,
                "DELETE /v1/alerts/reminders/" + id, "DELETE /v1/alerts/reminders/" + id), alexa.calls());
        assertTrue(alexa.reminders().isEmpty());
        assertEquals(List.of(), alexa.problems());
    }

    @Test
    void aWrongTokenIsRefusedAsNoPermission() {
        ApiAccess stranger = new ApiAccess(alexa.endpoint(), "someone-elses-token", "device-london");
        ReminderFailure failure = assertThrows(ReminderFailure.class, () -> api.timeZone(stranger));
        assertEquals(ReminderFailure.Reason.NO_PERMISSION, failure.reason());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "UNAUTHORIZED, NO_PERMISSION",
            "MAX_REMINDERS, TOO_MANY_REMINDERS",
            "TOO_MANY_REQUESTS, UNAVAILABLE",
            "SERVER_ERROR, UNAVAILABLE",
            "HANG, UNAVAILABLE"})
    void everyFailureSaysWhatTheUserCanDo(FakeAlexaApi.Mode mode, ReminderFailure.Reason reason) {
        alexa.answer(mode);
        ReminderApi impatient = new ReminderApi(new JdkHttpApiClient(Duration.ofMillis(300), Duration.ofMillis(300)));
        ReminderFailure failure = assertThrows(ReminderFailure.class, () -> impatient.create(access,
                new DailyReminderRequest(LocalTime.of(20, 0), ZoneId.of("Europe/London"), "en-US", TEXT), NOW));
        assertEquals(reason, failure.reason());
    }

    @Test
    void aTextLongerThanAlexaAcceptsIsRefusedBeforeAnyCall() {
        assertThrows(IllegalArgumentException.class, () -> new DailyReminderRequest(LocalTime.of(20, 0),
                ZoneId.of("Europe/London"), "en-US", "x".repeat(DailyReminderRequest.MAX_TEXT_LENGTH + 1)));
    }

    @Test
    void theSlowestReminderTurnStaysInsideTheFunctionsTimeout() {
        Duration storeTimeout = Duration.ofSeconds(2);
        Duration functionTimeout = Duration.ofSeconds(7);
        Duration worstTurn = ReminderApi.CALL_TIMEOUT.plus(ReminderApi.CONNECT_TIMEOUT)
                .multipliedBy(ReminderApi.MOST_CALLS_PER_TURN).plus(storeTimeout);
        assertTrue(worstTurn.compareTo(functionTimeout) < 0, worstTurn.toString());
    }
}
