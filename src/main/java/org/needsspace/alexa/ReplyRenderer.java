package org.needsspace.alexa;

import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import java.util.Optional;
import org.needsspace.alexa.screen.ScreenDocuments;
import org.needsspace.content.Content;

/**
 * A {@link Reply} as Alexa's response: SSML speech, a card, a reprompt while the session stays open, and on a device
 * with a screen the reply's screen.
 */
final class ReplyRenderer {

    private ReplyRenderer() {
    }

    /** @param hasScreen whether the device renders APL documents; a voice-only device gets no directive */
    static Optional<Response> render(Reply reply, ResponseBuilder response, Content content, boolean hasScreen) {
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
            if (hasScreen && reply.screen() != null) {
                response.addDirective(ScreenDocuments.directive(reply.screen(), content));
            }
        }
        return response.build();
    }
}
