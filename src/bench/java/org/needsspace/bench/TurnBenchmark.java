package org.needsspace.bench;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.content.ContentCatalog;
import org.needsspace.domain.Progress;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.SkillFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm turns: a whole request through {@code CustomSkill.invoke} (handler chain, interceptors, progress in the
 * embedded in-memory store, response building), as a warm Lambda container answers it. Run by src/bench/warm.sh.
 *
 * <p>A turn writes into its request's session attributes (the SDK hands the handler the envelope's own map), so
 * every invocation starts from the attributes the request was built with: otherwise "launch" would become a launch
 * inside a session that already holds progress, and "next" would walk to the end of the guide. The version in the
 * session's progress is set to the stored one, as a real session would hold it after its own last write; otherwise
 * every "next" after the first would write against an old version and measure a merge.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TurnBenchmark {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000b3c";
    private static final String USER_ID = "amzn1.ask.account.BENCHMARK-USER";

    private static final String VENTING = "my boyfriend told me last night that he needs some space and i have been"
            + " crying all day and i keep checking my phone and i do not know if i should text him or wait for him to"
            + " call me first";

    private CustomSkill skill;
    private RequestEnvelope launch;
    private RequestEnvelope topic;
    private RequestEnvelope next;
    private RequestEnvelope help;
    private RequestEnvelope ownWords;
    private RequestEnvelope venting;
    private RequestEnvelope figureOfSpeech;
    private final Map<RequestEnvelope, Map<String, Object>> sentAttributes = new IdentityHashMap<>();
    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final UserKey user = UserKey.of(USER_ID);

    @Setup
    public void setUp() {
        ContentCatalog catalog = ContentCatalog.loadAll();
        skill = SkillFactory.create(new Turns(catalog, store, Clock.systemUTC(), Random::new), catalog,
                Optional.of(SKILL_ID));
        LocalRequests requests = new LocalRequests(USER_ID, SKILL_ID);
        String session = LocalRequests.newSessionId();
        launch = sent(requests.launch(session));
        ResponseEnvelope launched = skill.invoke(launch);
        topic = sent(requests.intent(session, false, launched.getSessionAttributes(), topicIntent()));
        ResponseEnvelope answered = skill.invoke(topic);
        next = sent(requests.intent(session, false, answered.getSessionAttributes(), intent("AMAZON.NextIntent")));
        help = sent(requests.intent(session, false, answered.getSessionAttributes(), intent("AMAZON.HelpIntent")));
        ownWords = sent(requests.intent(session, false, answered.getSessionAttributes(),
                freeTextIntent("keep texting him every day and i don't know if i should stop")));
        venting = sent(requests.intent(session, false, answered.getSessionAttributes(), freeTextIntent(VENTING)));
        figureOfSpeech = sent(requests.intent(session, false, answered.getSessionAttributes(),
                freeTextIntent("my mum would murder me if i forgot her birthday again")));
    }

    /** Remembers the attributes a request is sent with, before any turn writes into them. */
    private RequestEnvelope sent(RequestEnvelope request) {
        sentAttributes.put(request, new HashMap<>(request.getSession().getAttributes()));
        return request;
    }

    /** Outside the timed region: each invocation sees the request exactly as Alexa sent it. */
    @Setup(Level.Invocation)
    public void restoreSessionAttributes() {
        long storedVersion = store.load(user).map(Progress::version).orElse(0L);
        sentAttributes.forEach((request, attributes) -> {
            Map<String, Object> live = request.getSession().getAttributes();
            live.clear();
            live.putAll(attributes);
            // The session attribute layout of org.needsspace.progress.ProgressCodec.
            if (live.get("progress") instanceof Map<?, ?> progress) {
                Map<String, Object> current = new HashMap<>();
                progress.forEach((key, value) -> current.put((String) key, value));
                current.put("version", storedVersion);
                live.put("progress", current);
            }
        });
    }

    @Benchmark
    public ResponseEnvelope launch() {
        return skill.invoke(launch);
    }

    @Benchmark
    public ResponseEnvelope topicQuestion() {
        return skill.invoke(topic);
    }

    @Benchmark
    public ResponseEnvelope next() {
        return skill.invoke(next);
    }

    @Benchmark
    public ResponseEnvelope help() {
        return skill.invoke(help);
    }

    /** A question in the user's own words: the catch-all, the safety screen and the understanding, then a section. */
    @Benchmark
    public ResponseEnvelope ownWordsQuestion() {
        return skill.invoke(ownWords);
    }

    /** Pours out several sentences, so the encoder also reads the 14-word windows of a long turn. */
    @Benchmark
    public ResponseEnvelope ventingTurn() {
        return skill.invoke(venting);
    }

    /** Words the safety rules take for a threat on a figurative word, which the classifier of danger judges. */
    @Benchmark
    public ResponseEnvelope figureOfSpeechTurn() {
        return skill.invoke(figureOfSpeech);
    }

    private static Intent freeTextIntent(String words) {
        Slot text = Slot.builder().withName("Text").withValue(words)
                .withConfirmationStatus(SlotConfirmationStatus.NONE).build();
        return Intent.builder().withName("FreeTextIntent").withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(Map.of("Text", text)).build();
    }

    private static Intent intent(String name) {
        return Intent.builder().withName(name).withConfirmationStatus(IntentConfirmationStatus.NONE).build();
    }

    private static Intent topicIntent() {
        Resolution match = Resolution.builder()
                .withAuthority("amzn1.er-authority.echo-sdk." + SKILL_ID + ".GUIDE_TOPIC")
                .withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_MATCH).build())
                .addValuesItem(ValueWrapper.builder()
                        .withValue(Value.builder().withId("active-listening").withName("active listening").build())
                        .build())
                .build();
        Slot slot = Slot.builder().withName("Topic").withValue("active listening")
                .withConfirmationStatus(SlotConfirmationStatus.NONE)
                .withResolutions(Resolutions.builder().addResolutionsPerAuthorityItem(match).build()).build();
        return Intent.builder().withName("TopicIntent").withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(Map.of("Topic", slot)).build();
    }
}
