package org.needsspace.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.needsspace.domain.Guide;
import org.needsspace.understanding.semantic.DangerClassifier;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.SentenceEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What free text means, for one locale: danger first, always, by rules and by a sentence encoder; then a step named
 * by number; then the meaning of the closest training lines, else the closest meaning by the words of its examples.
 * The data is read, and compiled, when first needed, in parts (the safety rules, which every slot value needs; the
 * meanings; the encoder with its training vectors), or sooner on a daemon thread ({@link #startBuilding()}) where a
 * process has time to spare; a call during that build waits for it, and a build that failed fails the call. A
 * launch, which needs none of it, never reads the data nor loads the encoder.
 */
public final class Understanding {

    /** The most words of one turn that are read, by the rules and the encoder alike (the encoder reads fewer). */
    public static final int MOST_WORDS = 300;

    private static final Logger LOG = LoggerFactory.getLogger(Understanding.class);

    private final Built<Interpreter.Screening> screening;
    private final Built<Interpreter> interpreter;
    private final Built<Optional<SemanticReading>> semantic;
    private final AtomicReference<Thread> backgroundBuilder = new AtomicReference<>();

    private Understanding(Built<Interpreter.Screening> screening, Built<Interpreter> interpreter,
                          Built<Optional<SemanticReading>> semantic) {
        this.screening = screening;
        this.interpreter = interpreter;
        this.semantic = semantic;
    }

    /** The understanding of this data by its rules and examples alone, without a sentence encoder. */
    public static Understanding of(UnderstandingData data, Guide guide) {
        return of(() -> data, guide);
    }

    /** The understanding, by its rules and examples alone, of the data this reads when first needed. */
    public static Understanding of(Supplier<UnderstandingData> read, Guide guide) {
        return of(read, guide, data -> Optional.empty());
    }

    /**
     * The understanding of the data this reads when first needed, with a sentence encoder beside its rules. The
     * encoder and the training lines' vectors are loaded when a sentence is first interpreted (a danger check of a
     * slot value needs neither). If they cannot be loaded, the rules answer alone and the failure is logged once; a
     * turn the encoder fails on is answered by the rules alone, their alarm standing.
     */
    public static Understanding of(Supplier<UnderstandingData> read, Guide guide, Supplier<SentenceEncoder> encoder,
                                   Supplier<ExampleVectors> vectors) {
        return of(read, guide, data -> loaded(encoder, vectors, Optional::empty, data));
    }

    /**
     * The understanding with a sentence encoder beside its rules, and a classifier of danger on top of the encoder
     * that tells the rules' danger from a figure of speech; loaded with the encoder, and like it, if it cannot be,
     * the rules answer alone.
     */
    public static Understanding of(Supplier<UnderstandingData> read, Guide guide, Supplier<SentenceEncoder> encoder,
                                   Supplier<ExampleVectors> vectors, Supplier<DangerClassifier> classifier) {
        return of(read, guide, data -> loaded(encoder, vectors, () -> Optional.of(classifier.get()), data));
    }

    private static Understanding of(Supplier<UnderstandingData> read, Guide guide,
                                    Function<Built<UnderstandingData>, Optional<SemanticReading>> semanticOf) {
        Built<UnderstandingData> data = new Built<>(read);
        Built<Interpreter.Screening> screening = new Built<>(() -> Interpreter.Screening.build(data.get()));
        return new Understanding(screening, new Built<>(() -> Interpreter.build(data.get(), guide, screening.get())),
                new Built<>(() -> semanticOf.apply(data)));
    }

    private static Optional<SemanticReading> loaded(Supplier<SentenceEncoder> encoder, Supplier<ExampleVectors> vectors,
                                                    Supplier<Optional<DangerClassifier>> classifier,
                                                    Built<UnderstandingData> data) {
        try {
            return Optional.of(SemanticReading.of(encoder.get(), vectors.get(), classifier.get(), data.get().semantic()));
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The sentence encoder could not be loaded: free text is understood by the rules alone", e);
            return Optional.empty();
        }
    }

    /** Builds everything on a daemon thread and returns at once; does nothing the second time. */
    public void startBuilding() {
        Thread builder = new Thread(this::buildNow, "understanding-build");
        builder.setDaemon(true);
        if (backgroundBuilder.compareAndSet(null, builder)) {
            builder.start();
        }
    }

    /**
     * Waits for the build {@link #startBuilding()} started, if any, to end. A process must call it before it exits:
     * exiting while the encoder's native library is being loaded crashes the JVM (ONNX Runtime's own exit hook
     * releases what the loading thread is using).
     */
    public void awaitBuilding() throws InterruptedException {
        Thread builder = backgroundBuilder.get();
        if (builder != null) {
            builder.join();
        }
    }

    /** Builds everything now, on this thread (it may already be built). */
    public void buildNow() {
        interpreter.get();
        semantic.get();
    }

    /** Whether the sentence encoder has been loaded already; loads nothing. */
    public boolean encoderLoaded() {
        return semantic.isBuilt() && semantic.get().isPresent();
    }

    /** What the first {@link #MOST_WORDS} words of the text mean. */
    public Meaning interpret(String text) {
        return interpreter.get().interpret(firstWords(text), semantic.get());
    }

    /**
     * The danger in the first {@link #MOST_WORDS} words of this text, if any: "violence", "self-harm" or "danger".
     * Checked before anything else.
     */
    public Optional<String> danger(String text) {
        return screening.get().danger(firstWords(text));
    }

    /** The rules' alarm in the first {@link #MOST_WORDS} words, and whether it may be a figure of speech. */
    Optional<SafetyScreen.Alarm> alarm(String text) {
        return screening.get().alarm(firstWords(text));
    }

    /**
     * Whether the words ask for help that needs no speaking on the phone, or say the person cannot be heard calling
     * ("i can't call, he'll hear me", "can i text someone"). Rules only, like {@link #danger}.
     */
    public boolean asksWithoutCalling(String text) {
        return screening.get().asksWithoutCalling(firstWords(text));
    }

    /**
     * The answer to an either-or question between meanings answered from the guide (labels such as
     * "section:active-listening" or "headline"): "the first one", "the second", or words closer to one of them.
     */
    public Optional<String> choose(String text, List<String> labels) {
        return interpreter.get().choose(firstWords(text), labels);
    }

    /**
     * The words read of one turn, so that its cost is bounded however long a request's text is: far more than anyone
     * says to Alexa in one breath, which its listening window cuts at a few seconds of speech.
     */
    static String firstWords(String text) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean startsWord = !Character.isWhitespace(text.charAt(i))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            if (startsWord && ++words > MOST_WORDS) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** The examples of every meaning, as written in the data. */
    public Set<String> examples() {
        return interpreter.get().examples();
    }

    /** A part built once, by the first thread that asks for it; other threads asking meanwhile wait for it. */
    private static final class Built<T> {

        private final FutureTask<T> task;

        Built(Supplier<T> build) {
            this.task = new FutureTask<>(build::get);
        }

        boolean isBuilt() {
            return task.isDone();
        }

        T get() {
            task.run();
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the understanding was being built", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("The understanding data could not be built", e.getCause());
            }
        }
    }
}
