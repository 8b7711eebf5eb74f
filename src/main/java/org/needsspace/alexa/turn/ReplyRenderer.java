package org.needsspace.alexa.turn;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.response.ResponseBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.needsspace.alexa.screen.ScreenDocuments;
import org.needsspace.content.Content;

/**
 * A {@link Reply} as Alexa's response: SSML speech, a card, a reprompt while the session stays open, on a device
 * with a screen the reply's screen, and a permission request when the reply asks for one.
 */
final class ReplyRenderer {

    private ReplyRenderer() {
    }

    /** The task Alexa runs for a voice permission request, and the version of its payload. */
    private static final String ASK_FOR_PERMISSIONS_CONSENT = "AskForPermissionsConsentRequest";

    /** @param hasScreen whether the device renders APL documents; a voice-only device gets no directive */
    static Optional<Response> render(Reply reply, ResponseBuilder response, Content content, boolean hasScreen) {
        PermissionAsk ask = reply.permissionAsk();
        if (ask != null && ask.byVoice()) {
            return askByVoice(reply, ask, response);
        }
        if (reply.hasSpeech()) {
            response.withSpeech(Speech.toSsml(reply.speech()));
            if (ask != null) {
                response.withAskForPermissionsConsentCard(List.of(ask.scope()));
            } else if (reply.cardTitle() != null) {
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

    /**
     * Alexa asks the user in its own words and answers with a Connections.Response, so the reply carries no reprompt
     * and leaves shouldEndSession unset, as Alexa's voice permission flow requires.
     */
    private static Optional<Response> askByVoice(Reply reply, PermissionAsk ask, ResponseBuilder response) {
        if (reply.hasSpeech()) {
            response.withSpeech(Speech.toSsml(reply.speech()));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@type", ASK_FOR_PERMISSIONS_CONSENT);
        payload.put("@version", "1");
        payload.put("permissionScope", ask.scope());
        return response.addDirective(SendRequestDirective.builder()
                .withName(PermissionAsk.ASK_FOR).withPayload(payload).withToken(ask.token()).build()).build();
    }
}
