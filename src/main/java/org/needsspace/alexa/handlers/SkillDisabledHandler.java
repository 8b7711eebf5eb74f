package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import java.util.Optional;
import org.needsspace.alexa.AlexaRequests;
import org.needsspace.alexa.RequestRecord;
import org.needsspace.alexa.Turns;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user disabled the skill: everything kept about them is deleted. Skill events get no speech at all.
 *
 * <p>A delete that fails is not dropped: Alexa's skill-events documentation
 * (https://developer.amazon.com/en-US/docs/alexa/smapi/skill-events-in-alexa-skills.html) describes no redelivery of
 * an event the endpoint failed, so failing the event would not bring it back; the delete is instead remembered in
 * the store ({@link ProgressStore#deleteLater}) and carried out by the next SkillDisabled any container or process
 * handles, and when serve mode starts.
 */
public final class SkillDisabledHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkillDisabledHandler.class);

    private final Turns turns;

    public SkillDisabledHandler(Turns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SkillDisabledRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<UserKey> user = AlexaRequests.userId(input.getRequestEnvelope()).map(UserKey::of);
        String requestId = AlexaRequests.requestId(input.getRequestEnvelope());
        user.ifPresent(key -> delete(key, requestId));
        return input.getResponseBuilder().build();
    }

    private void delete(UserKey user, String requestId) {
        ProgressStore store = turns.store();
        try {
            store.delete(user);
            RequestRecord.noteStore(true);
        } catch (ProgressStoreException failed) {
            RequestRecord.noteStore(false);
            owe(store, user, requestId, failed);
            return;
        }
        try {
            store.retryPendingDeletes();
        } catch (ProgressStoreException stillOwed) {
            LOG.warn("Owed deletes could not be carried out yet; they stay owed; requestId={}", requestId, stillOwed);
        }
    }

    private static void owe(ProgressStore store, UserKey user, String requestId, ProgressStoreException failed) {
        try {
            store.deleteLater(user);
            LOG.warn("Deleting a disabled user's progress failed; the delete is owed and will be retried; requestId={}",
                    requestId, failed);
        } catch (ProgressStoreException notRemembered) {
            notRemembered.addSuppressed(failed);
            // Nothing left to try: the record expires through the table's TTL; the error level asks someone to look.
            LOG.error("Deleting a disabled user's progress failed and could not be owed; requestId={}", requestId,
                    notRemembered);
        }
    }
}
