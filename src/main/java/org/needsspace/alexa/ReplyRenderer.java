package org.needsspace.alexa;

import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import java.util.Optional;

/** A {@link Reply} as Alexa's response: SSML speech, a card, a reprompt while the session stays open. */
final class ReplyRenderer {

    private ReplyRenderer() {
    }

    static Optional<Response> render(Reply reply, ResponseBuilder response) {
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
}
