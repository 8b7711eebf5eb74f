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
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user disabled the skill: everything kept about them is deleted. Skill events get no speech at all. */
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
        try {
            if (user.isPresent()) {
                turns.store().delete(user.get());
                RequestRecord.noteStore(true);
            }
        } catch (ProgressStoreException e) {
            RequestRecord.noteStore(false);
            // The record still expires through the table's TTL; the error level asks someone to look.
            LOG.error("Deleting a disabled user's progress failed; requestId={}",
                    AlexaRequests.requestId(input.getRequestEnvelope()), e);
        }
        return input.getResponseBuilder().build();
    }
}
