package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import java.util.Optional;
import org.needsspace.alexa.requests.AlexaRequests;
import org.needsspace.alexa.turn.RequestRecord;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.progress.Erasure;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user disabled the skill: everything kept about them is erased ({@link Erasure}). Skill events get no speech
 * at all.
 *
 * <p>A delete that fails is owed rather than failing the event: Alexa's skill-events documentation
 * (https://developer.amazon.com/en-US/docs/alexa/smapi/skill-events-in-alexa-skills.html) describes no redelivery of
 * an event the endpoint failed, so failing it would not bring it back.
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
        user.ifPresent(key -> erase(turns.store(), key, requestId));
        return input.getResponseBuilder().build();
    }

    private static void erase(ProgressStore store, UserKey user, String requestId) {
        try {
            Erasure erasure = Erasure.of(user, store, requestId);
            RequestRecord.noteStore(erasure == Erasure.DELETED);
        } catch (ProgressStoreException notOwed) {
            RequestRecord.noteStore(false);
            // Nothing left to try: the record expires under the retention; the error level asks someone to look.
            LOG.error("Deleting a disabled user's progress failed and could not be owed; requestId={}", requestId,
                    notOwed);
        }
    }
}
