package org.needsspace.alexaapi;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiConfiguration;
import com.amazon.ask.model.services.DefaultApiConfiguration;
import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.reminderManagement.ReminderManagementServiceClient;
import com.amazon.ask.model.services.reminderManagement.ReminderResponse;
import com.amazon.ask.model.services.ups.UpsServiceClient;
import com.amazon.ask.model.services.util.JacksonSerializer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.needsspace.alexaapi.ReminderFailure.Reason;

/**
 * The user's daily reminder through Alexa's APIs, with the ASK SDK's reminder and settings service clients on the
 * JDK's HTTP client. Every failure comes out as a {@link ReminderFailure} saying what the user can do about it.
 */
public final class ReminderApi {

    /**
     * Bounds for one call. A reminder turn makes at most three calls (the time zone, an update that finds the reminder
     * gone, a new one); with the progress store's own 2 s the whole turn stays inside the function's 7 s timeout and
     * Alexa's 8 s even when every call takes as long as it may.
     */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);
    public static final int MOST_CALLS_PER_TURN = 3;

    private final ApiClient http;

    public ReminderApi(ApiClient http) {
        this.http = http;
    }

    /** The production client: the JDK's HTTP client with {@link #CONNECT_TIMEOUT} and {@link #CALL_TIMEOUT}. */
    public static ReminderApi withJdkHttpClient() {
        return new ReminderApi(new JdkHttpApiClient(CONNECT_TIMEOUT, CALL_TIMEOUT));
    }

    /** The time zone set for the device the user is talking to (never the server's). */
    public ZoneId timeZone(ApiAccess access) {
        String zone = call(() -> new UpsServiceClient(configuration(access)).getSystemTimeZone(access.deviceId()));
        try {
            return ZoneId.of(zone == null ? "" : zone.trim());
        } catch (DateTimeException e) {
            throw new ReminderFailure(Reason.UNAVAILABLE, "The device's time zone is not a zone id", e);
        }
    }

    /** @return the new reminder's id */
    public String create(ApiAccess access, DailyReminderRequest reminder, Instant now) {
        ReminderResponse response = call(() -> reminders(access).createReminder(reminder.toApi(now)));
        if (response == null || response.getAlertToken() == null || response.getAlertToken().isBlank()) {
            throw new ReminderFailure(Reason.UNAVAILABLE, "The reminder API answered without a reminder id", null);
        }
        return response.getAlertToken();
    }

    public void update(ApiAccess access, String id, DailyReminderRequest reminder, Instant now) {
        call(() -> reminders(access).updateReminder(id, reminder.toApi(now)));
    }

    /** Deletes the reminder; one that is already gone counts as deleted. */
    public void delete(ApiAccess access, String id) {
        try {
            call(() -> {
                reminders(access).deleteReminder(id);
                return null;
            });
        } catch (ReminderFailure failure) {
            if (failure.reason() != Reason.NOT_FOUND) {
                throw failure;
            }
        }
    }

    private ReminderManagementServiceClient reminders(ApiAccess access) {
        return new ReminderManagementServiceClient(configuration(access));
    }

    private ApiConfiguration configuration(ApiAccess access) {
        return DefaultApiConfiguration.builder()
                .withApiClient(http)
                .withSerializer(Serializers.JSON)
                .withApiEndpoint(access.endpoint())
                .withAuthorizationValue(access.token())
                .build();
    }

    private static <T> T call(ApiCall<T> call) {
        try {
            return call.run();
        } catch (ServiceException e) {
            throw new ReminderFailure(reasonFor(e), "Alexa API answered " + e.getStatusCode(), e);
        } catch (RuntimeException e) {
            // An answer the SDK could not read, or a call that never got one.
            throw new ReminderFailure(Reason.UNAVAILABLE, "Alexa API call failed", e);
        }
    }

    private static Reason reasonFor(ServiceException e) {
        int status = e.getStatusCode();
        if (e.getCause() != null) {
            return Reason.UNAVAILABLE;
        }
        if (status == 401) {
            return Reason.NO_PERMISSION;
        }
        if (status == 403) {
            return String.valueOf(e.getBody()).contains("MAX_REMINDERS") ? Reason.TOO_MANY_REMINDERS : Reason.NO_PERMISSION;
        }
        if (status == 404) {
            return Reason.NOT_FOUND;
        }
        return Reason.UNAVAILABLE;
    }

    /** Built on the first reminder turn, not with the skill: its object mapper would cost every cold start. */
    private static final class Serializers {
        static final JacksonSerializer JSON = new JacksonSerializer();
    }

    @FunctionalInterface
    private interface ApiCall<T> {
        T run();
    }
}
