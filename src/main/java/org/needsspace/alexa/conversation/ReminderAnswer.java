package org.needsspace.alexa.conversation;

import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.needsspace.alexa.requests.AlexaRequests;
import org.needsspace.alexa.requests.Slots;
import org.needsspace.alexa.turn.PendingQuestion;
import org.needsspace.alexa.turn.PermissionAsk;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.alexaapi.ApiAccess;
import org.needsspace.alexaapi.DailyReminderRequest;
import org.needsspace.alexaapi.ReminderApi;
import org.needsspace.alexaapi.ReminderFailure;
import org.needsspace.content.Phrase;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.DayPart;
import org.needsspace.domain.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's one daily self-care reminder: set (or changed, since setting again changes it), said, stopped, and
 * forgotten with the rest of their record. A call to Alexa that fails leaves the record as it was; permission is
 * asked by voice, then with the consent card in the Alexa app.
 */
public final class ReminderAnswer {

    public static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    static final String TIME_SLOT = "Time";
    static final String DAY_PART_SLOT = "DayPart";

    private static final Logger LOG = LoggerFactory.getLogger(ReminderAnswer.class);
    /** AMAZON.TIME's values for "morning", "afternoon", "evening" and "night". */
    private static final Map<String, DayPart> TIME_OF_DAY_CODES = Map.of(
            "MO", DayPart.MORNING, "AF", DayPart.AFTERNOON, "EV", DayPart.EVENING, "NI", DayPart.NIGHT);

    private final ReminderApi api;

    public ReminderAnswer(ReminderApi api) {
        this.api = api;
    }

    /** "Remind me every evening at eight", "set a daily self care reminder": a missing time is asked for. */
    public Reply set(Turn turn) {
        Optional<LocalTime> time = timeAskedFor(turn);
        return time.map(chosen -> setAt(turn, chosen, true)).orElseGet(() -> askTime(turn));
    }

    /**
     * A time said on its own ("at eight", "in the evening"): the answer to "What time works for you?". Heard when no
     * such question was asked, the words the slots carry are answered in the user's own words (a time slot matched
     * loosely, as simulators do, may carry a whole sentence); a bare time out of context is not understood.
     */
    public Reply timeGiven(Turn turn, FreeTextAnswer freeText) {
        if (turn.pending() == PendingQuestion.REMINDER_TIME) {
            return set(turn);
        }
        String words = Slots.value(turn.input(), TIME_SLOT)
                .filter(value -> !TIME_OF_DAY_CODES.containsKey(value) && parseTime(value).isEmpty())
                .map(String::trim).orElse("");
        return words.isEmpty() ? freeText.notUnderstood(turn) : freeText.respondTo(turn, words);
    }

    public Reply askTime(Turn turn) {
        return Reply.ask(turn.speech().say(Phrase.REMINDER_ASK_TIME), turn.speech().say(Phrase.REMINDER_ASK_TIME_REPROMPT))
                .pending(PendingQuestion.REMINDER_TIME);
    }

    /** "What time is my reminder". */
    public Reply when(Turn turn) {
        DailyReminder reminder = turn.progress().reminder();
        if (!reminder.exists()) {
            return Reply.ask(turn.speech().say(Phrase.REMINDER_NONE), turn.speech().say(Phrase.REMINDER_NONE_REPROMPT))
                    .pending(PendingQuestion.REMINDER_OFFER);
        }
        return menuAfter(turn, Phrase.REMINDER_WHEN, "time", spoken(turn, reminder.time()));
    }

    /** "Stop my reminders": deleted at Alexa first, then forgotten in the record. */
    public Reply cancel(Turn turn) {
        Progress progress = turn.progress();
        if (!progress.reminder().exists()) {
            return menuAfter(turn, Phrase.REMINDER_CANCEL_NONE);
        }
        Optional<ReminderFailure.Reason> failure = deleteAtAlexa(turn, progress.reminder());
        if (failure.isPresent()) {
            return menuAfter(turn, Phrase.REMINDER_CANCEL_UNAVAILABLE);
        }
        return menuAfter(turn, Phrase.REMINDER_CANCELLED).withProgress(progress.withReminder(progress.reminder().cleared(turn.now())));
    }

    /**
     * Before "forget me" deletes the record: the reminder goes too. Empty when the record may be deleted; a reply
     * when the reminder could not be reached, so nothing is deleted and the user can try again.
     */
    public Optional<Reply> beforeForgetting(Turn turn) {
        DailyReminder reminder = turn.progress().reminder();
        if (!reminder.exists()) {
            return Optional.empty();
        }
        return deleteAtAlexa(turn, reminder).map(reason -> menuAfter(turn, Phrase.REMINDER_FORGET_UNAVAILABLE));
    }

    /** After an exercise the user wants no more of: the reminder is offered once, never again once declined. */
    public Optional<Reply> offer(Turn turn) {
        DailyReminder reminder = turn.progress().reminder();
        if (reminder.exists() || reminder.offerDeclined() || turn.memory().reminderOffered()) {
            return Optional.empty();
        }
        turn.memory().rememberReminderOffered();
        return Optional.of(Reply.ask(turn.speech().say(Phrase.REMINDER_OFFER),
                turn.speech().say(Phrase.REMINDER_OFFER_REPROMPT)).pending(PendingQuestion.REMINDER_OFFER));
    }

    /** The one-breath close of a one-shot exercise: the hint how to get a reminder, unless they have one or said no. */
    public Phrase oneShotClose(Turn turn) {
        DailyReminder reminder = turn.progress().reminder();
        return reminder.exists() || reminder.offerDeclined() ? Phrase.REMINDER_ONE_SHOT_CLOSE : Phrase.REMINDER_ONE_SHOT_OFFER;
    }

    /** "No" to the offer: remembered in the user's record, then {@code onwards} (back to the guide) is said. */
    public Reply offerDeclined(Turn turn, Reply onwards) {
        Progress progress = turn.progress();
        Progress base = onwards.progress() != null ? onwards.progress() : progress;
        return onwards.withSpeechBefore(turn.speech().say(Phrase.REMINDER_OFFER_DECLINED).body())
                .withProgress(base.withReminder(progress.reminder().withOfferDeclined()));
    }

    /** Alexa's answer to the voice permission request: accepted sets the reminder asked for; else the card. */
    public Reply permissionAnswered(Turn turn) {
        ConnectionsResponse response = (ConnectionsResponse) turn.input().getRequestEnvelope().getRequest();
        Object status = response.getPayload() == null ? null : response.getPayload().get("status");
        boolean accepted = response.getStatus() != null && "200".equals(response.getStatus().getCode())
                && "ACCEPTED".equals(status);
        Optional<LocalTime> time = parseTime(response.getToken());
        if (!accepted) {
            return permissionNeeded(turn);
        }
        return time.map(chosen -> setAt(turn, chosen, false)).orElseGet(() -> askTime(turn));
    }

    public static boolean isPermissionAnswer(RequestEnvelope envelope) {
        return envelope.getRequest() instanceof ConnectionsResponse response
                && PermissionAsk.ASK_FOR.equals(response.getName());
    }

    /**
     * @param mayAskByVoice false when Alexa has just answered a voice request, so a refusal from the API cannot
     *                      start the same request again
     */
    private Reply setAt(Turn turn, LocalTime time, boolean mayAskByVoice) {
        Optional<ApiAccess> access = ApiAccess.of(turn.input().getRequestEnvelope());
        if (access.isEmpty()) {
            return menuAfter(turn, Phrase.REMINDER_NOT_HERE);
        }
        if (mayAskByVoice && !granted(turn.input().getRequestEnvelope())) {
            return askPermission(turn, time);
        }
        Progress progress = turn.progress();
        try {
            ZoneId zone = api.timeZone(access.get());
            DailyReminderRequest request = new DailyReminderRequest(time, zone, turn.content().locale(),
                    Speech.plain(turn.content(), Phrase.REMINDER_TEXT));
            String id = createOrUpdate(access.get(), progress.reminder(), request, turn);
            return menuAfter(turn, Phrase.REMINDER_SET, "time", spoken(turn, time))
                    .withProgress(progress.withReminder(progress.reminder().setTo(id, time, turn.now())));
        } catch (ReminderFailure failure) {
            LOG.warn("Setting the daily reminder failed ({}); requestId={}", failure.reason(),
                    AlexaRequests.requestId(turn.input().getRequestEnvelope()), failure);
            return switch (failure.reason()) {
                case NO_PERMISSION -> mayAskByVoice ? askPermission(turn, time) : permissionNeeded(turn);
                case TOO_MANY_REMINDERS -> menuAfter(turn, Phrase.REMINDER_TOO_MANY);
                case NOT_FOUND, UNAVAILABLE -> menuAfter(turn, Phrase.REMINDER_UNAVAILABLE);
            };
        }
    }

    /** One reminder per user: the one they have is changed; if Alexa no longer has it, a new one is made. */
    private String createOrUpdate(ApiAccess access, DailyReminder current, DailyReminderRequest request, Turn turn) {
        if (current.exists()) {
            try {
                api.update(access, current.id(), request, turn.now());
                return current.id();
            } catch (ReminderFailure failure) {
                if (failure.reason() != ReminderFailure.Reason.NOT_FOUND) {
                    throw failure;
                }
            }
        }
        return api.create(access, request, turn.now());
    }

    private Optional<ReminderFailure.Reason> deleteAtAlexa(Turn turn, DailyReminder reminder) {
        Optional<ApiAccess> access = ApiAccess.of(turn.input().getRequestEnvelope());
        if (access.isEmpty()) {
            return Optional.of(ReminderFailure.Reason.UNAVAILABLE);
        }
        try {
            api.delete(access.get(), reminder.id());
            return Optional.empty();
        } catch (ReminderFailure failure) {
            LOG.warn("Deleting the daily reminder failed ({}); requestId={}", failure.reason(),
                    AlexaRequests.requestId(turn.input().getRequestEnvelope()), failure);
            // Without the permission the skill can no longer reach it; the user removes it in the Alexa app.
            return failure.reason() == ReminderFailure.Reason.NO_PERMISSION ? Optional.empty() : Optional.of(failure.reason());
        }
    }

    private Reply askPermission(Turn turn, LocalTime time) {
        return Reply.ask(turn.speech().say(Phrase.REMINDER_PERMISSION_ASK), turn.speech().say(Phrase.REMINDER_PERMISSION_ASK))
                .withPermissionAsk(PermissionAsk.byVoice(SCOPE, time.toString()));
    }

    private Reply permissionNeeded(Turn turn) {
        return menuAfter(turn, Phrase.REMINDER_PERMISSION_NEEDED).withPermissionAsk(PermissionAsk.consentCard(SCOPE));
    }

    private static Reply menuAfter(Turn turn, Phrase phrase, String... namesAndValues) {
        return Reply.ask(turn.speech().say(phrase, namesAndValues), turn.speech().say(Phrase.MENU_REPROMPT));
    }

    /** The user has granted the reminders permission, as the request says. */
    static boolean granted(RequestEnvelope envelope) {
        Optional<Permissions> permissions = Optional.ofNullable(envelope.getContext())
                .map(context -> context.getSystem()).map(system -> system.getUser()).map(User::getPermissions);
        Optional<Scope> scope = permissions.map(Permissions::getScopes).map(scopes -> scopes.get(SCOPE));
        if (scope.isPresent()) {
            return scope.get().getStatus() == PermissionStatus.GRANTED;
        }
        return permissions.map(Permissions::getConsentToken).filter(token -> !token.isBlank()).isPresent();
    }

    private static Optional<LocalTime> timeAskedFor(Turn turn) {
        Optional<DayPart> part = Slots.resolvedId(turn.input(), DAY_PART_SLOT).flatMap(DayPart::byId);
        Optional<String> timeValue = Slots.value(turn.input(), TIME_SLOT);
        Optional<DayPart> partFromTime = timeValue.map(TIME_OF_DAY_CODES::get);
        Optional<LocalTime> clock = timeValue.flatMap(ReminderAnswer::parseTime);
        if (clock.isPresent()) {
            return Optional.of(part.map(dayPart -> inPartOfDay(clock.get(), dayPart)).orElse(clock.get()));
        }
        return part.or(() -> partFromTime).map(DayPart::time);
    }

    /** "Every evening at eight": eight is 20:00. */
    private static LocalTime inPartOfDay(LocalTime time, DayPart part) {
        boolean afterNoon = part == DayPart.AFTERNOON || part == DayPart.EVENING || part == DayPart.NIGHT;
        return afterNoon && time.getHour() < 12 && time.getHour() > 0 ? time.plusHours(12) : time;
    }

    /** AMAZON.TIME's "20:00" (or "20:00:00"); the codes for parts of the day are read separately. */
    static Optional<LocalTime> parseTime(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String spoken(Turn turn, LocalTime time) {
        return time.format(DateTimeFormatter.ofPattern(turn.content().template(Phrase.REMINDER_TIME_FORMAT), Locale.US));
    }
}
