package org.needsspace.lambda;

import com.amazon.ask.CustomSkill;
import java.util.function.Function;
import org.crac.Context;
import org.crac.Resource;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, plays a canned conversation (launch, a
 * topic question, next) so the classes of a whole turn are loaded and warmed in the snapshot, and makes one
 * harmless read of the real progress store so its client is too.
 *
 * <p>The conversation runs through a skill built on a fresh in-memory store, so priming never writes to the real
 * store; the only call on the real store is a {@code load} of a fixed key that no Alexa user hashes to. Failures
 * are logged and swallowed: a priming problem must never stop the function from being published.
 */
public final class SnapStartPriming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

    /** The key of the one read made on the real store. */
    static final UserKey PRIMING_KEY = UserKey.of(PrimingConversation.PRIMING_USER_ID);

    private final Function<ProgressStore, CustomSkill> skillOnStore;
    private final ProgressStore realStore;
    private final PrimingConversation conversation;

    /**
     * @param skillOnStore builds the skill on a given store (the same wiring as the real skill)
     * @param realStore    the function's progress store, only ever read here
     * @param skillId      the skill id the canned requests carry (the skill refuses any other)
     */
    public SnapStartPriming(Function<ProgressStore, CustomSkill> skillOnStore, ProgressStore realStore, String skillId) {
        this.skillOnStore = skillOnStore;
        this.realStore = realStore;
        this.conversation = new PrimingConversation(skillId);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing is captured that needs renewing: randomness is drawn per request and there are no credentials.
    }

    /** One harmless read of the store (a key no Alexa user hashes to), so its client is warm; never throws. */
    static void readOnce(ProgressStore store) {
        try {
            store.load(PRIMING_KEY);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Warm-up read of the progress store failed; continuing", e);
        }
    }

    /** Runs the priming; never throws. Returns how many canned requests were answered. */
    int prime() {
        int answered = 0;
        try {
            answered = conversation.playThrough(skillOnStore.apply(new InMemoryProgressStore()));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("SnapStart priming: the canned conversation failed; continuing unprimed", e);
        }
        readOnce(realStore);
        LOG.info("SnapStart priming: {} canned requests answered", answered);
        return answered;
    }
}
