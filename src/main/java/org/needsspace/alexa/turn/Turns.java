package org.needsspace.alexa.turn;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.needsspace.alexa.requests.AlexaRequests;
import org.needsspace.content.ContentCatalog;
import org.needsspace.progress.ProgressStore;

/** Opens a {@link Turn} for each request with the collaborators built once per container. */
public final class Turns {

    private final ContentCatalog catalog;
    private final ProgressStore store;
    private final Clock clock;
    private final Supplier<RandomGenerator> randomness;

    /**
     * @param clock      read to the millisecond, the precision progress keeps in session attributes
     * @param randomness called once per request, so no random state is captured in a SnapStart snapshot
     */
    public Turns(ContentCatalog catalog, ProgressStore store, Clock clock, Supplier<RandomGenerator> randomness) {
        this.catalog = catalog;
        this.store = store;
        this.clock = Clock.tick(clock, Duration.ofMillis(1));
        this.randomness = randomness;
    }

    public Turn begin(HandlerInput input) {
        String locale = AlexaRequests.locale(input.getRequestEnvelope()).orElse(null);
        return new Turn(input, catalog.forLocale(locale), store, clock, randomness.get());
    }

    public ProgressStore store() {
        return store;
    }
}
