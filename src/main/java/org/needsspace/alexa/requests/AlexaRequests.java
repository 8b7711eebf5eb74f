package org.needsspace.alexa.requests;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.User;
import java.util.Optional;

/** Null-safe reads of the request envelope fields the skill relies on. */
public final class AlexaRequests {

    private AlexaRequests() {
    }

    public static Optional<String> userId(RequestEnvelope envelope) {
        Optional<String> fromContext = Optional.ofNullable(envelope)
                .map(RequestEnvelope::getContext)
                .map(Context::getSystem)
                .map(system -> system.getUser())
                .map(User::getUserId)
                .filter(id -> !id.isBlank());
        if (fromContext.isPresent()) {
            return fromContext;
        }
        return Optional.ofNullable(envelope)
                .map(RequestEnvelope::getSession)
                .map(Session::getUser)
                .map(User::getUserId)
                .filter(id -> !id.isBlank());
    }

    /** The skill id the request is addressed to (context.System.application.applicationId). */
    public static Optional<String> applicationId(RequestEnvelope envelope) {
        return Optional.ofNullable(envelope)
                .map(RequestEnvelope::getContext)
                .map(Context::getSystem)
                .map(system -> system.getApplication())
                .map(application -> application.getApplicationId());
    }

    public static String requestId(RequestEnvelope envelope) {
        return Optional.ofNullable(envelope)
                .map(RequestEnvelope::getRequest)
                .map(request -> request.getRequestId())
                .orElse("unknown");
    }

    /**
     * Whether the device renders APL documents: it lists Alexa.Presentation.APL among its supported interfaces
     * (a viewport alone is not enough).
     */
    public static boolean supportsScreens(RequestEnvelope envelope) {
        return Optional.ofNullable(envelope)
                .map(RequestEnvelope::getContext)
                .map(Context::getSystem)
                .map(system -> system.getDevice())
                .map(device -> device.getSupportedInterfaces())
                .map(interfaces -> interfaces.getAlexaPresentationAPL())
                .isPresent();
    }

    public static Optional<String> locale(RequestEnvelope envelope) {
        return Optional.ofNullable(envelope)
                .map(RequestEnvelope::getRequest)
                .map(request -> request.getLocale());
    }
}
