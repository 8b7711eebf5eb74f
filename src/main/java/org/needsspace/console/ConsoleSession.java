package org.needsspace.console;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.util.HashMap;
import java.util.Map;
import org.needsspace.alexa.requests.LocalRequests;

/**
 * A conversation with the skill as Alexa would hold it: typed text becomes an intent through the interaction
 * model, session attributes ride from one turn to the next, and a new session starts after one ends.
 */
public final class ConsoleSession {

    /** What the skill answered to one thing the user said. */
    public record Answer(String intentName, String speechSsml, String cardTitle, boolean sessionOpen) {
    }

    private final CustomSkill skill;
    private final UtteranceMapper mapper;
    private final LocalRequests requests;
    private String sessionId;
    private Map<String, Object> attributes = new HashMap<>();
    private boolean open;

    public ConsoleSession(CustomSkill skill, UtteranceMapper mapper, LocalRequests requests) {
        this.skill = skill;
        this.mapper = mapper;
        this.requests = requests;
    }

    /** "Alexa, open ...": a new session. */
    public Answer launch() {
        sessionId = LocalRequests.newSessionId();
        return answer("LaunchRequest", requests.launch(sessionId));
    }

    /** Something the user says; outside a session it starts one, like "Alexa, ask ... ". */
    public Answer say(String text) {
        Intent intent = mapper.map(text);
        boolean newSession = !open;
        if (newSession) {
            sessionId = LocalRequests.newSessionId();
            attributes = new HashMap<>();
        }
        return answer(intent.getName(), requests.intent(sessionId, newSession, attributes, intent));
    }

    /** The user walked away: Alexa ends the session and tells the skill. */
    public void end() {
        if (open) {
            skill.invoke(requests.sessionEnded(sessionId, attributes, SessionEndedReason.USER_INITIATED));
            open = false;
        }
    }

    public boolean isOpen() {
        return open;
    }

    private Answer answer(String intentName, RequestEnvelope request) {
        ResponseEnvelope envelope = skill.invoke(request);
        Response response = envelope.getResponse();
        attributes = envelope.getSessionAttributes() == null ? new HashMap<>() : new HashMap<>(envelope.getSessionAttributes());
        open = response != null && !Boolean.TRUE.equals(response.getShouldEndSession()) && response.getReprompt() != null;
        String ssml = response != null && response.getOutputSpeech() instanceof SsmlOutputSpeech speech ? speech.getSsml() : "";
        String cardTitle = response != null && response.getCard() instanceof SimpleCard card ? card.getTitle() : null;
        return new Answer(intentName, ssml, cardTitle, open);
    }
}
