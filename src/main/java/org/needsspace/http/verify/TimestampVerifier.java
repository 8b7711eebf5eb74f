package org.needsspace.http.verify;

import java.time.Clock;
import java.time.Duration;

/**
 * Refuses requests whose timestamp is more than 150 seconds from now (either way), as Alexa requires of web
 * services; skill events (AlexaSkillEvent.*) may arrive up to an hour late.
 */
public final class TimestampVerifier {

    static final Duration TOLERANCE = Duration.ofSeconds(150);
    static final Duration SKILL_EVENT_TOLERANCE = Duration.ofHours(1);

    private final Clock clock;

    public TimestampVerifier(Clock clock) {
        this.clock = clock;
    }

    public void verify(AlexaRequestFields request) throws RequestRejected {
        Duration tolerance = request.type().startsWith("AlexaSkillEvent.") ? SKILL_EVENT_TOLERANCE : TOLERANCE;
        Duration skew = Duration.between(request.timestamp(), clock.instant()).abs();
        if (skew.compareTo(tolerance) > 0) {
            throw RequestRejected.badRequest("Request timestamp is " + skew.toSeconds()
                    + " s from now (allowed " + tolerance.toSeconds() + " s)");
        }
    }
}
