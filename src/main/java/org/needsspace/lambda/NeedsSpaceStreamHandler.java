package org.needsspace.lambda;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crac.Core;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.alexa.turn.RequestRecord;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.content.ContentCatalog;
import org.needsspace.progress.DeferredProgressStore;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.dynamodb.DynamoDbProgressStore;
import org.needsspace.skill.NewerRequestTypeSkill;
import org.needsspace.skill.RequestLog;
import org.needsspace.skill.SkillConfiguration;
import org.needsspace.skill.SkillFactory;

/**
 * The AWS Lambda entry point. Content, store and skill are built once per container, in the constructor.
 *
 * <p>Bad input: a body the SDK cannot read (malformed JSON, wrong field types) or a request for another skill id
 * makes the SDK's stream handler throw {@code AskSdkException} ("Deserialization error" or "Could not find a skill
 * to handle the incoming request"); Lambda logs that as the invocation's error and Alexa gets no response. No
 * handler runs, so nothing stored changes. A request type newer than the SDK is answered with an empty response
 * by {@link NewerRequestTypeSkill}.
 *
 * <p>Every request, refused ones included, leaves one {@link RequestLog} line with its metrics.
 */
public final class NeedsSpaceStreamHandler implements RequestStreamHandler {

    /** Held strongly here: CRaC keeps registered resources only weakly. */
    private final SnapStartPriming priming;
    private final SkillStreamHandler skills;
    private final RequestLog log;
    private boolean handledARequest;

    /** Used by Lambda: configuration from the environment. */
    public NeedsSpaceStreamHandler() {
        this(SkillConfiguration.from(System.getenv()));
    }

    public NeedsSpaceStreamHandler(SkillConfiguration configuration) {
        this(configuration, storeFor(configuration));
    }

    /** The store's build is started first, so that it runs on another core while the content loads. */
    private NeedsSpaceStreamHandler(SkillConfiguration configuration, ProgressStore store) {
        this(configuration, ContentCatalog.loadAll(), store);
    }

    /**
     * The understanding of free text is built when a request first needs it (a launch does not): building it in the
     * background here would take the processor from the store's start on a two-core machine. Under SnapStart the
     * priming's own-words turn builds it before the snapshot.
     */
    public NeedsSpaceStreamHandler(SkillConfiguration configuration, ContentCatalog catalog, ProgressStore store) {
        this(configuration, catalog, store, new RequestLog(System.out, configuration.metricsNamespace(), Clock.systemUTC()));
    }

    NeedsSpaceStreamHandler(SkillConfiguration configuration, ContentCatalog catalog, ProgressStore store,
            RequestLog log) {
        // The SDK's handleRequest is final: it is used, not extended, so that each request can be timed and logged.
        this.skills = new SkillStreamHandler(skill(configuration, catalog, store),
                new NewerRequestTypeSkill(configuration.skillId())) { };
        this.priming = registerPriming(configuration, catalog, store);
        this.log = log;
    }

    /** A cold start is the first request of this instance, or the first after a SnapStart restore. */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        long start = System.nanoTime();
        boolean coldStart = !handledARequest;
        handledARequest = true;
        RequestRecord record = RequestRecord.begin();
        try {
            skills.handleRequest(input, output, context);
        } catch (IOException | RuntimeException refused) {
            RequestRecord.noteOutcome(RequestRecord.Outcome.REFUSED);
            throw refused;
        } finally {
            RequestRecord.end();
            log.write(record, (System.nanoTime() - start) / 1_000_000, coldStart);
        }
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
     * DynamoDB when a table is configured, else a store that lives as long as the container.
     *
     * <p>The DynamoDB store is built on a daemon thread while the content loads and the skill is built
     * ({@link DeferredProgressStore}). Without SnapStart, the same thread then reads the priming key once, so that
     * the first user's read finds the SDK's request path warm. Under SnapStart the priming makes that read before
     * the snapshot, and no thread may be mid-call when the snapshot is taken.
     */
    static ProgressStore storeFor(SkillConfiguration configuration) {
        return storeFor(configuration, DynamoDbProgressStore::forTable);
    }

    static ProgressStore storeFor(SkillConfiguration configuration, Function<String, ProgressStore> storeForTable) {
        return configuration.progressTableName()
                .<ProgressStore>map(table -> DeferredProgressStore.startBuilding(
                        () -> storeForTable.apply(table), afterBuilt(configuration)))
                .orElseGet(InMemoryProgressStore::new);
    }

    static Consumer<ProgressStore> afterBuilt(SkillConfiguration configuration) {
        return configuration.snapStart() ? store -> { } : SnapStartPriming::readOnce;
    }
}
