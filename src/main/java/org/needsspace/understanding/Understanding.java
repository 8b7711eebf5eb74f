package org.needsspace.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.needsspace.domain.Guide;

/**
 * What free text means, for one locale: danger first, always; then a step named by number; then the closest meaning
 * by its examples and, for the guide's sections, by their own text. The data is read, and compiled, when first
 * needed, in two parts (the safety check, which every slot value needs, then the meanings), or sooner on a daemon
 * thread ({@link #startBuilding()}) where a process has time to spare; a call during that build waits for it, and a
 * build that failed fails the call. A launch, which needs none of it, never reads the data.
 */
public final class Understanding {

    private final Built<Interpreter.Screening> screening;
    private final Built<Interpreter> interpreter;
    private final AtomicBoolean startedInBackground = new AtomicBoolean();

    private Understanding(Built<Interpreter.Screening> screening, Built<Interpreter> interpreter) {
        this.screening = screening;
        this.interpreter = interpreter;
    }

    /** The understanding of this data, built on first use unless {@link #startBuilding()} starts it sooner. */
    public static Understanding of(UnderstandingData data, Guide guide) {
        return of(() -> data, guide);
    }

    /** The understanding of the data this reads when first needed. */
    public static Understanding of(Supplier<UnderstandingData> read, Guide guide) {
        Built<UnderstandingData> data = new Built<>(read);
        Built<Interpreter.Screening> screening = new Built<>(() -> Interpreter.Screening.build(data.get()));
        return new Understanding(screening,
                new Built<>(() -> Interpreter.build(data.get(), guide, screening.get())));
    }

    /** Builds everything on a daemon thread and returns at once; does nothing the second time. */
    public void startBuilding() {
        if (startedInBackground.compareAndSet(false, true)) {
            Thread builder = new Thread(interpreter::get, "understanding-build");
            builder.setDaemon(true);
            builder.start();
        }
    }

    /** Builds everything now, on this thread (it may already be built). */
    public void buildNow() {
        interpreter.get();
    }

    public Meaning interpret(String text) {
        return interpreter.get().interpret(text);
    }

    /** The danger in this text, if any: "violence", "self-harm" or "danger". Checked before anything else. */
    public Optional<String> danger(String text) {
        return screening.get().danger(text);
    }

    /**
     * The answer to an either-or question between meanings answered from the guide (labels such as
     * "section:active-listening" or "headline"): "the first one", "the second", or words closer to one of them.
     */
    public Optional<String> choose(String text, List<String> labels) {
        return interpreter.get().choose(text, labels);
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
