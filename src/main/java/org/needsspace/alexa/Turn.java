package org.needsspace.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.needsspace.content.Content;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's view of the conversation: the user's progress (from session attributes, else read once from
 * the store), the pending question, and the way a {@link Reply} is stored and turned into a response.
 */
public final class Turn {

    private static final Logger LOG = LoggerFactory.getLogger(Turn.class);

    static final String PROGRESS = "progress";
    static final String PENDING = "pending";
    static final String LAST_SPEECH = "lastSpeech";
    static final String LAST_REPROMPT = "lastReprompt";
    /** True once this session's progress has been reconciled with the store. */
    static final String STORE_SYNCED = "storeSynced";
    /** True while the session holds progress the store has not accepted yet. */
    static final String UNSAVED = "unsaved";
    static final String NOTICE_GIVEN = "noticeGiven";

    private final HandlerInput input;
    private final Content content;
    private final ProgressStore store;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, Object> session;
    private final SessionMemory memory;
    /** Hashed only when the store is touched; null until then. */
    private Optional<UserKey> user;

    private Progress startProgress;
    private boolean storeTrouble;
    private boolean mergedWithStore;

    Turn(HandlerInput input, Content content, ProgressStore store, Clock clock, RandomGenerator random) {
        this.input = input;
        this.content = content;
        this.store = store;
        this.clock = clock;
        this.random = random;
        // Only in-session requests carry attributes (the SDK throws otherwise); a one-off map keeps the rest simple.
        this.session = input.getRequestEnvelope().getSession() == null
                ? new HashMap<>() : input.getAttributesManager().getSessionAttributes();
        this.memory = new SessionMemory(session);
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
            startProgress = knownToGuide(loadProgress());
        }
        return startProgress;
    }

    /** Deletes everything kept about the user, in the store and in this session. */
    public boolean forget() {
        try {
            if (user().isPresent()) {
                store.delete(user().get());
                RequestRecord.noteStore(true);
            }
            startProgress = Progress.newUser();
            session.put(PROGRESS, ProgressCodec.encode(startProgress));
            session.put(STORE_SYNCED, true);
            session.remove(UNSAVED);
            return true;
        } catch (ProgressStoreException e) {
            logStoreFailure("delete", e);
            return false;
        }
    }

    public Optional<Response> respond(Reply reply) {
        Progress after = reply.progress() != null ? reply.progress()
                : startProgress != null || Boolean.TRUE.equals(session.get(UNSAVED)) ? progress() : null;
        if (after != null) {
            session.put(PROGRESS, ProgressCodec.encode(save(after)));
        }
        session.put(PENDING, reply.pending().name());
        memory.countMiss(reply.notUnderstood());
        RequestRecord.noteOutcome(reply.notUnderstood() ? RequestRecord.Outcome.NOT_UNDERSTOOD
                : reply.hasSpeech() ? RequestRecord.Outcome.ANSWERED : RequestRecord.Outcome.SILENT);
        if (reply.hasSpeech() && !reply.endsSession()) {
            session.put(LAST_SPEECH, reply.speech());
            session.put(LAST_REPROMPT, reply.reprompt());
        }
        return render(withNoticeIfNeeded(reply));
    }

    private Progress loadProgress() {
        Optional<Progress> inSession = ProgressCodec.decode(session.get(PROGRESS));
        if (inSession.isPresent() && Boolean.TRUE.equals(session.get(STORE_SYNCED))) {
            return inSession.get();
        }
        if (user().isEmpty()) {
            return inSession.orElse(Progress.newUser());
        }
        try {
            Optional<Progress> stored = store.load(user().get());
            RequestRecord.noteStore(true);
            session.put(STORE_SYNCED, true);
            if (inSession.isEmpty()) {
                return stored.orElse(Progress.newUser());
            }
            // An earlier turn of this session could not read the store: keep what it did, add what is stored.
            mergedWithStore = true;
            return stored.map(inSession.get()::mergedWith).orElse(inSession.get());
        } catch (ProgressStoreException e) {
            storeTrouble = true;
            logStoreFailure("load", e);
            return inSession.orElse(Progress.newUser());
        }
    }

    private Optional<UserKey> user() {
        if (user == null) {
            user = AlexaRequests.userId(input.getRequestEnvelope()).map(UserKey::of);
        }
        return user;
    }

    private Progress knownToGuide(Progress progress) {
        boolean placeKnown = progress.sectionId() == null || content.guide().section(progress.sectionId()).isPresent();
        return placeKnown ? progress
                : new Progress(null, progress.heardSections(), progress.heardPrompts(), progress.visited(),
                progress.lastVisit(), progress.placeChangedAt(), progress.version());
    }

    private Progress save(Progress after) {
        boolean changed = !after.sameStateAs(startProgress == null ? after : startProgress);
        boolean owed = Boolean.TRUE.equals(session.get(UNSAVED)) || mergedWithStore;
        if (!(changed || owed) || user().isEmpty()) {
            return after;
        }
        Progress toStore = after.visitedAt(now());
        if (storeTrouble) {
            // The store already failed this turn: don't spend another timeout before answering.
            session.put(UNSAVED, true);
            return toStore;
        }
        try {
            Progress stored = store.save(user().get(), toStore);
            RequestRecord.noteStore(true);
            session.remove(UNSAVED);
            return stored;
        } catch (ProgressStoreException e) {
            storeTrouble = true;
            session.put(UNSAVED, true);
            logStoreFailure("save", e);
            return toStore;
        }
    }

    private Reply withNoticeIfNeeded(Reply reply) {
        if (!storeTrouble || !reply.hasSpeech() || Boolean.TRUE.equals(session.get(NOTICE_GIVEN))) {
            return reply;
        }
        session.put(NOTICE_GIVEN, true);
        return reply.withSpeechBefore(speech().say(Phrase.NOTICE_UNSAVED).body());
    }

    private Optional<Response> render(Reply reply) {
        ResponseBuilder response = input.getResponseBuilder();
        if (reply.hasSpeech()) {
            response.withSpeech(Speech.toSsml(reply.speech()));
            if (reply.cardTitle() != null) {
                response.withSimpleCard(reply.cardTitle(), reply.cardText());
            }
            if (reply.endsSession()) {
                response.withShouldEndSession(true);
            } else {
                response.withReprompt(Speech.toSsml(reply.reprompt()));
            }
        }
        return response.build();
    }

    private void logStoreFailure(String operation, RuntimeException e) {
        RequestRecord.noteStore(false);
        LOG.warn("Progress store {} failed; requestId={}", operation, AlexaRequests.requestId(input.getRequestEnvelope()), e);
    }
}
