package org.needsspace.alexa.turn;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.needsspace.alexa.requests.AlexaRequests;
import org.needsspace.content.Content;
import org.needsspace.content.Phrase;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.Progress;
import org.needsspace.progress.Erasure;
import org.needsspace.progress.ProgressStore;

/**
 * One request as the answers see it: the content, the user's progress, the pending question and what this
 * session remembers; {@link #respond} keeps what a {@link Reply} changed and turns it into Alexa's response.
 * Keeping progress in step with the store is {@link StoredProgress}'s job, rendering {@link ReplyRenderer}'s.
 */
public final class Turn {

    static final String PENDING = "pending";
    static final String LAST_SPEECH = "lastSpeech";
    static final String LAST_REPROMPT = "lastReprompt";

    private final HandlerInput input;
    private final Content content;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, Object> session;
    private final SessionMemory memory;
    private final StoredProgress stored;

    private Progress startProgress;

    Turn(HandlerInput input, Content content, ProgressStore store, Clock clock, RandomGenerator random) {
        this.input = input;
        this.content = content;
        this.clock = clock;
        this.random = random;
        // Only in-session requests carry attributes (the SDK throws otherwise); a one-off map keeps the rest simple.
        this.session = input.getRequestEnvelope().getSession() == null
                ? new HashMap<>() : input.getAttributesManager().getSessionAttributes();
        this.memory = new SessionMemory(session);
        this.stored = new StoredProgress(session, store, () -> AlexaRequests.userId(input.getRequestEnvelope()),
                AlexaRequests.requestId(input.getRequestEnvelope()));
    }

    public Content content() {
        return content;
    }

    public Speech speech() {
        return new Speech(content);
    }

    public Instant now() {
        return clock.instant();
    }

    public RandomGenerator random() {
        return random;
    }

    public HandlerInput input() {
        return input;
    }

    public SessionMemory memory() {
        return memory;
    }

    /** True for the first request of a session (a launch, or a one-shot "ask ... what should I do"). */
    public boolean isNewSession() {
        return input.getRequestEnvelope().getSession() == null
                || !Boolean.FALSE.equals(input.getRequestEnvelope().getSession().getNew());
    }

    /** Which wording of a phrase to say this time: never the one said last time in this session. */
    public int wording(Phrase phrase) {
        return memory.wording(phrase.key(), content.templates(phrase).size(), random);
    }

    public PendingQuestion pending() {
        return PendingQuestion.parse(session.get(PENDING));
    }

    public Optional<String> lastSpeech() {
        return Optional.ofNullable(session.get(LAST_SPEECH)).filter(String.class::isInstance).map(String.class::cast);
    }

    public Optional<String> lastReprompt() {
        return Optional.ofNullable(session.get(LAST_REPROMPT)).filter(String.class::isInstance).map(String.class::cast);
    }

    /** The user's progress at the start of this turn; the first call may read the store, once per session. */
    public Progress progress() {
        if (startProgress == null) {
            startProgress = knownToGuide(stored.load());
        }
        return startProgress;
    }

    /**
     * Deletes everything kept about the user, in the store and in this session. A reminder the session knew of
     * (deleted at Alexa before this) is remembered as removed now, so a later save from this session cannot be
     * given it back by another device's older record.
     */
    public Optional<Erasure> forget() {
        DailyReminder reminder = progress().reminder();
        Progress afresh = reminder.exists()
                ? Progress.newUser().withReminder(DailyReminder.NONE.cleared(now())) : Progress.newUser();
        Optional<Erasure> erasure = stored.forget(afresh);
        if (erasure.isPresent()) {
            startProgress = afresh;
        }
        return erasure;
    }

    public Optional<Response> respond(Reply reply) {
        Progress after = reply.progress() != null ? reply.progress()
                : startProgress != null || stored.owesASave() ? progress() : null;
        if (after != null) {
            stored.keep(startProgress == null ? after : startProgress, after, now());
        }
        session.put(PENDING, reply.pending().name());
        memory.countMiss(reply.notUnderstood());
        RequestRecord.noteOutcome(reply.notUnderstood() ? RequestRecord.Outcome.NOT_UNDERSTOOD
                : reply.hasSpeech() ? RequestRecord.Outcome.ANSWERED : RequestRecord.Outcome.SILENT);
        if (reply.hasSpeech() && !reply.endsSession()) {
            session.put(LAST_SPEECH, reply.speech());
            session.put(LAST_REPROMPT, reply.reprompt());
        }
        return ReplyRenderer.render(stored.withOutageNotice(reply, speech()), input.getResponseBuilder(), content,
                AlexaRequests.supportsScreens(input.getRequestEnvelope()));
    }

    /** A place the guide no longer has (content changed since it was saved) is dropped; what was heard stays. */
    private Progress knownToGuide(Progress progress) {
        boolean placeKnown = progress.sectionId() == null || content.guide().section(progress.sectionId()).isPresent();
        return placeKnown ? progress
                : new Progress(null, progress.heardSections(), progress.heardPrompts(), progress.visited(),
                progress.lastVisit(), progress.placeChangedAt(), progress.version(), progress.reminder());
    }
}
