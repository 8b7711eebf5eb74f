package org.needsspace.alexa.turn;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Progress;
import org.needsspace.progress.Erasure;
import org.needsspace.progress.ProgressCodec;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One turn's link between the user's progress in the session attributes and in the store: the store is read once
 * per session and written only when the place changed or a save is owed. A store that fails never stops the
 * turn: what the user did stays in the session, marked unsaved, and is saved on a later turn.
 */
final class StoredProgress {

    private static final Logger LOG = LoggerFactory.getLogger(StoredProgress.class);

    static final String PROGRESS = "progress";
    /** True once this session's progress has been reconciled with the store. */
    static final String STORE_SYNCED = "storeSynced";
    /** True while the session holds progress the store has not accepted yet. */
    static final String UNSAVED = "unsaved";
    static final String NOTICE_GIVEN = "noticeGiven";

    private final Map<String, Object> session;
    private final ProgressStore store;
    private final Supplier<Optional<String>> userId;
    private final String requestId;
    /** Hashed only when the store is touched; null until then. */
    private Optional<UserKey> user;
    private boolean storeTrouble;
    private boolean mergedWithStore;

    StoredProgress(Map<String, Object> session, ProgressStore store, Supplier<Optional<String>> userId,
            String requestId) {
        this.session = session;
        this.store = store;
        this.userId = userId;
        this.requestId = requestId;
    }

    /** The session's progress once it has been reconciled with the store; else the store's, read now. */
    Progress load() {
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
            logFailure("load", e);
            return inSession.orElse(Progress.newUser());
        }
    }

    /** True when a save is owed from an earlier turn, so a turn that did not move must still save. */
    boolean owesASave() {
        return Boolean.TRUE.equals(session.get(UNSAVED));
    }

    /** Keeps {@code after} in the session, and in the store when it differs from {@code before} or a save is owed. */
    void keep(Progress before, Progress after, Instant now) {
        session.put(PROGRESS, ProgressCodec.encode(save(before, after, now)));
    }

    private Progress save(Progress before, Progress after, Instant now) {
        boolean changed = !after.sameStateAs(before);
        boolean owed = owesASave() || mergedWithStore;
        if (!(changed || owed) || user().isEmpty()) {
            return after;
        }
        Progress toStore = after.visitedAt(now);
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
            logFailure("save", e);
            return toStore;
        }
    }

    /**
     * Erases the user's record ({@link Erasure}) and starts the session with {@code afresh}; empty, with the session
     * as it was, when the record could neither be deleted nor its delete owed.
     */
    Optional<Erasure> forget(Progress afresh) {
        Erasure erasure = Erasure.DELETED;
        try {
            if (user().isPresent()) {
                erasure = Erasure.of(user().get(), store, requestId);
                RequestRecord.noteStore(erasure == Erasure.DELETED);
            }
        } catch (ProgressStoreException e) {
            RequestRecord.noteStore(false);
            logFailure("delete", e);
            return Optional.empty();
        }
        session.put(PROGRESS, ProgressCodec.encode(afresh));
        session.put(STORE_SYNCED, true);
        session.remove(UNSAVED);
        // What this turn merged from the store is erased with it: nothing is owed any more.
        mergedWithStore = false;
        return Optional.of(erasure);
    }

    /** After the store failed this turn, the first spoken reply of the session says the place may not be saved. */
    Reply withOutageNotice(Reply reply, Speech speech) {
        if (!storeTrouble || !reply.hasSpeech() || Boolean.TRUE.equals(session.get(NOTICE_GIVEN))) {
            return reply;
        }
        session.put(NOTICE_GIVEN, true);
        return reply.withSpeechBefore(speech.say(Phrase.NOTICE_UNSAVED).body());
    }

    private Optional<UserKey> user() {
        if (user == null) {
            user = userId.get().map(UserKey::of);
        }
        return user;
    }

    private void logFailure(String operation, RuntimeException e) {
        RequestRecord.noteStore(false);
        LOG.warn("Progress store {} failed; requestId={}", operation, requestId, e);
    }
}
