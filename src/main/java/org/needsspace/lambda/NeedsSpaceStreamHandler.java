package org.needsspace.lambda;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.SkillStreamHandler;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import org.crac.Core;
import org.needsspace.alexa.NewerRequestTypeSkill;
import org.needsspace.alexa.SkillFactory;
import org.needsspace.alexa.Turns;
import org.needsspace.console.LocalRequests;
import org.needsspace.content.ContentCatalog;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.dynamodb.DynamoDbProgressStore;

/**
 * The AWS Lambda entry point. Content, store and skill are built once per container, in the constructor.
 *
 * <p>Bad input: {@code SkillStreamHandler.handleRequest} is final, so a body the SDK cannot read (malformed JSON,
 * wrong field types) or a request for another skill id makes it throw {@code AskSdkException} ("Deserialization
 * error" or "Could not find a skill to handle the incoming request"); Lambda logs that as the invocation's error
 * and Alexa gets no response. No handler runs, so nothing stored changes. A request type newer than the SDK is
 * answered with an empty response by {@link NewerRequestTypeSkill}.
 */
public final class NeedsSpaceStreamHandler extends SkillStreamHandler {

    /** Held strongly here: CRaC keeps registered resources only weakly. */
    private final SnapStartPriming priming;

    /** Used by Lambda: configuration from the environment. */
    public NeedsSpaceStreamHandler() {
        this(SkillConfiguration.from(System.getenv()));
    }

    public NeedsSpaceStreamHandler(SkillConfiguration configuration) {
        this(configuration, warmingUp(storeFor(configuration), configuration));
    }

    /** The store is built first so its first call can warm up on another core while the content loads. */
    private NeedsSpaceStreamHandler(SkillConfiguration configuration, ProgressStore store) {
        this(configuration, ContentCatalog.loadAll(), store);
    }

    public NeedsSpaceStreamHandler(SkillConfiguration configuration, ContentCatalog catalog, ProgressStore store) {
        super(skill(configuration, catalog, store), new NewerRequestTypeSkill(configuration.skillId()));
        this.priming = registerPriming(configuration, catalog, store);
    }

    /** SnapStart: primes the function just before its snapshot is taken (a no-op where there is no snapshot). */
    private static SnapStartPriming registerPriming(SkillConfiguration configuration, ContentCatalog catalog,
            ProgressStore store) {
        SnapStartPriming priming = new SnapStartPriming(primingStore -> skill(configuration, catalog, primingStore),
                store, configuration.skillId().orElse(LocalRequests.LOCAL_SKILL_ID));
        Core.getGlobalContext().register(priming);
        return priming;
    }

    SnapStartPriming priming() {
        return priming;
    }

    private static CustomSkill skill(SkillConfiguration configuration, ContentCatalog catalog, ProgressStore store) {
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return SkillFactory.create(turns, catalog, configuration.skillId());
    }

    /**
     * A cold start without SnapStart spends about as long on the store's first call (TLS, the SDK's marshalling
     * and signing paths) as on loading the content: a read of the priming key on a daemon thread overlaps them
     * (src/bench/cold-start.sh: about 0.1 off the ratio to the stock SDK). Under SnapStart the priming does this
     * read before the snapshot instead, and no thread may be mid-call when the snapshot is taken.
     */
    private static ProgressStore warmingUp(ProgressStore store, SkillConfiguration configuration) {
        startWarmUp(store, configuration);
        return store;
    }

    static Optional<Thread> startWarmUp(ProgressStore store, SkillConfiguration configuration) {
        if (configuration.progressTableName().isEmpty() || configuration.snapStart()) {
            return Optional.empty();
        }
        Thread warmUp = new Thread(() -> SnapStartPriming.readOnce(store), "progress-store-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return Optional.of(warmUp);
    }

    /** DynamoDB when a table is configured, else a store that lives as long as the container. */
    static ProgressStore storeFor(SkillConfiguration configuration) {
        return configuration.progressTableName()
                .<ProgressStore>map(DynamoDbProgressStore::forTable)
                .orElseGet(InMemoryProgressStore::new);
    }
}
