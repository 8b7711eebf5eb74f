package org.needsspace.http.verify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampVerifierTest {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000c0de";

    private static final Instant NOW = Instant.parse("2025-03-14T09:26:53Z");
    private final TimestampVerifier verifier = new TimestampVerifier(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsRequestsWithin150SecondsEitherWay() {
        assertDoesNotThrow(() -> verifier.verify(request("LaunchRequest", NOW.minusSeconds(150))));
        assertDoesNotThrow(() -> verifier.verify(request("LaunchRequest", NOW.plusSeconds(150))));
    }

    @Test
    void refusesStaleAndFutureRequests() {
        assertThrows(RequestRejected.class, () -> verifier.verify(request("LaunchRequest", NOW.minusSeconds(151))));
        assertThrows(RequestRejected.class, () -> verifier.verify(request("IntentRequest", NOW.plusSeconds(151))));
    }

    @Test
    void skillEventsMayBeUpToAnHourOld() {
        assertDoesNotThrow(() -> verifier.verify(request("AlexaSkillEvent.SkillEnabled", NOW.minus(Duration.ofMinutes(59)))));
        assertThrows(RequestRejected.class,
                () -> verifier.verify(request("AlexaSkillEvent.SkillEnabled", NOW.minus(Duration.ofMinutes(61)))));
    }

    private static AlexaRequestFields request(String type, Instant timestamp) {
        return new AlexaRequestFields(type, "amzn1.echo-api.request.1", timestamp, SKILL_ID);
    }
}
