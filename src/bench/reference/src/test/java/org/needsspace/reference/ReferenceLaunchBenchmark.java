package org.needsspace.reference;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.CustomSkill;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
 * The stock-SDK reference's launch turn, warm, for a returning user: the reference's launch handler on
 * {@code Skills.custom()} with an in-memory persistence adapter (the skill's warm benchmark uses its in-memory store
 * too; {@code Skills.standard()} insists on its DynamoDB adapter).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReferenceLaunchBenchmark {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000b3c";

    private CustomSkill skill;
    private RequestEnvelope launch;

    /** Attributes per user id in memory. */
    static final class InMemoryAdapter implements PersistenceAdapter {
        private final Map<String, Map<String, Object>> byUser = new ConcurrentHashMap<>();

        @Override
        public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
            return Optional.ofNullable(byUser.get(envelope.getContext().getSystem().getUser().getUserId()))
                    .map(HashMap::new);
        }

        @Override
        public void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {
            byUser.put(envelope.getContext().getSystem().getUser().getUserId(), new HashMap<>(attributes));
        }

        @Override
        public void deleteAttributes(RequestEnvelope envelope) {
            byUser.remove(envelope.getContext().getSystem().getUser().getUserId());
        }
    }

    @Setup
    public void setUp() {
        skill = ReferenceSkill.customBuilder(SKILL_ID).withPersistenceAdapter(new InMemoryAdapter()).build();
        Application application = Application.builder().withApplicationId(SKILL_ID).build();
        User user = User.builder().withUserId("amzn1.ask.account.BENCHMARK-USER").build();
        launch = RequestEnvelope.builder()
                .withVersion("1.0")
                .withSession(Session.builder().withNew(true).withSessionId("amzn1.echo-api.session.bench")
                        .withApplication(application).withUser(user).withAttributes(new HashMap<>()).build())
                .withContext(Context.builder().withSystem(SystemState.builder().withApplication(application)
                        .withUser(user).build()).build())
                .withRequest(LaunchRequest.builder().withRequestId("amzn1.echo-api.request.bench")
                        .withLocale("en-US").withTimestamp(OffsetDateTime.now()).build())
                .build();
        ResponseEnvelope first = skill.invoke(launch);
        if (!String.valueOf(first).contains("Welcome")) {
            throw new IllegalStateException("the reference did not answer the launch: " + first);
        }
    }

    /** The same per-invocation step as the skill's benchmark (which must restore its attributes), so both pay it. */
    @Setup(Level.Invocation)
    public void restoreSessionAttributes() {
        launch.getSession().getAttributes().clear();
    }

    @Benchmark
    public ResponseEnvelope launch() {
        return skill.invoke(launch);
    }
}
