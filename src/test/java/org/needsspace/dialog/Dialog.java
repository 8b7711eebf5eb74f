package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.needsspace.SsmlCheck;
import org.needsspace.TestContent;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.console.SsmlAsText;
import org.needsspace.console.UtteranceMapper;
import org.needsspace.domain.Section;
import org.needsspace.progress.ProgressStore;
import org.needsspace.skill.SkillFactory;

/**
 * A conversation test reads like one: what the user says, then what they must hear. Every answer is checked
 * for what Alexa requires (valid SSML, a reprompt whenever the session stays open, short framing).
 */
final class Dialog {

    private static final UtteranceMapper MAPPER = UtteranceMapper.forLocale("en-US");
    /** Framing around a section's text stays at about 40 words, even with the overview and the disclaimer. */
    private static final int MAX_FRAMING_WORDS = 45;

    private final CustomSkill skill;
    private final LocalRequests requests;
    private String sessionId;
    private boolean open;
    private Map<String, Object> attributes = new HashMap<>();
    private Response response;
    private String intentName;

    Dialog(ProgressStore store, String user) {
        this(store, user, Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));
    }

    Dialog(ProgressStore store, String user, Clock clock) {
        Turns turns = new Turns(TestContent.CATALOG, store, clock, () -> new Random(42));
        this.skill = SkillFactory.create(turns, TestContent.CATALOG, Optional.empty());
        this.requests = new LocalRequests(LocalRequests.userIdFor(user), LocalRequests.LOCAL_SKILL_ID);
    }

    Dialog opensTheSkill() {
        sessionId = LocalRequests.newSessionId();
        intentName = "LaunchRequest";
        return send(requests.launch(sessionId));
    }

    Dialog says(String text) {
        return sendsIntent(MAPPER.map(text));
    }

    /** Alexa could not place what was said in any intent of the model: AMAZON.FallbackIntent, no words. */
    Dialog saysSomethingAlexaCannotPlace() {
        return sendsIntent(Intent.builder().withName("AMAZON.FallbackIntent").build());
    }

    Dialog sendsIntent(Intent intent) {
        intentName = intent.getName();
        boolean newSession = !open;
        if (newSession) {
            sessionId = LocalRequests.newSessionId();
            attributes = new HashMap<>();
        }
        return send(requests.intent(sessionId, newSession, attributes, intent));
    }

    /** The user walks away: Alexa closes the session. */
    Dialog walksAway() {
        ResponseEnvelope envelope = skill.invoke(requests.sessionEnded(sessionId, attributes, SessionEndedReason.USER_INITIATED));
        Response ended = envelope.getResponse();
        assertTrue(ended == null || ended.getOutputSpeech() == null, "no speech after the session ended");
        open = false;
        return this;
    }

    Dialog isHeardAs(String expectedIntent) {
        assertEquals(expectedIntent, intentName);
        return this;
    }

    Dialog hears(String... fragments) {
        String spoken = spoken();
        for (String fragment : fragments) {
            assertTrue(spoken.contains(fragment), "expected to hear \"" + fragment + "\" in: " + spoken);
        }
        return this;
    }

    Dialog doesNotHear(String... fragments) {
        String spoken = spoken();
        for (String fragment : fragments) {
            assertFalse(spoken.contains(fragment), "did not expect \"" + fragment + "\" in: " + spoken);
        }
        return this;
    }

    Dialog hearsSection(Section section) {
        hears(section.title(), section.text());
        assertEquals(true, cardTitle().map(title -> title.contains(section.title())).orElse(false),
                "a card titled with the section");
        assertEquals(section.text(), ((SimpleCard) response.getCard()).getContent());
        return this;
    }

    Dialog sessionStaysOpen() {
        assertTrue(open, "the session should stay open");
        return this;
    }

    Dialog sessionEnds() {
        assertFalse(open, "the session should end");
        assertNull(response.getReprompt(), "no reprompt when the session ends");
        return this;
    }

    String spoken() {
        return SsmlAsText.of(ssml());
    }

    String ssml() {
        return response.getOutputSpeech() instanceof SsmlOutputSpeech speech ? speech.getSsml() : "";
    }

    Optional<String> cardTitle() {
        return response.getCard() instanceof SimpleCard card ? Optional.of(card.getTitle()) : Optional.empty();
    }

    Optional<String> cardText() {
        return response.getCard() instanceof SimpleCard card ? Optional.ofNullable(card.getContent()) : Optional.empty();
    }

    boolean isOpen() {
        return open;
    }

    String intentName() {
        return intentName;
    }

    Map<String, Object> sessionAttributes() {
        return attributes;
    }

    private Dialog send(RequestEnvelope request) {
        ResponseEnvelope envelope = skill.invoke(request);
        response = envelope.getResponse();
        assertNotNull(response, "a response");
        attributes = envelope.getSessionAttributes() == null ? new HashMap<>() : new HashMap<>(envelope.getSessionAttributes());
        open = !Boolean.TRUE.equals(response.getShouldEndSession());
        checkAlexaRules();
        return this;
    }

    private void checkAlexaRules() {
        SsmlCheck.assertValid(ssml());
        if (open) {
            assertNotNull(response.getReprompt(), "a reprompt whenever the session stays open");
            SsmlCheck.assertValid(((SsmlOutputSpeech) response.getReprompt().getOutputSpeech()).getSsml());
        }
        if (response.getCard() instanceof SimpleCard card && card.getContent() != null
                && spoken().contains(card.getContent())) {
            int framing = words(spoken()) - words(card.getContent());
            assertTrue(framing <= MAX_FRAMING_WORDS, "framing of " + framing + " words around the section: " + spoken());
        }
    }

    private static int words(String text) {
        return text.replaceAll("\\[pause [^]]+]", " ").trim().split("\\s+").length;
    }
}
