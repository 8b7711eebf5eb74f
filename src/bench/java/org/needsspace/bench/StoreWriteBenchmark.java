package org.needsspace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.needsspace.domain.Progress;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.ProgressJson;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.UserKey;
import org.needsspace.progress.sqlite.SqliteProgressStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one save costs with 1,000 and with 100,000 users already stored: serve mode's SQLite store (a new user's
 * first save, a returning user's load and save, and new users saving from 16 threads at once, as a busy endpoint
 * does), and for comparison the JSON file store serve mode used before, which rewrites every user on every save.
 * The database is on the disk the benchmark runs on (java.io.tmpdir), synced on every commit. Run by
 * src/bench/store-writes.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class StoreWriteBenchmark {

    private static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");

    @Param({"1000", "100000"})
    int storedUsers;

    @Param({"sqlite", "json-file"})
    String store;

    private Path folder;
    private ProgressStore progressStore;
    private final AtomicLong newUsers = new AtomicLong();
    private final AtomicLong returningUsers = new AtomicLong();

    @Setup(Level.Trial)
    public void fill() throws IOException {
        folder = Files.createTempDirectory("store-bench");
        Map<UserKey, Progress> records = new LinkedHashMap<>();
        for (int i = 0; i < storedUsers; i++) {
            records.put(storedUser(i), progress("s" + (i % 12), 0).withVersion(1));
        }
        if (store.equals("sqlite")) {
            progressStore = SqliteProgressStore.open(folder.resolve("progress.db"), () -> records);
        } else {
            Path file = folder.resolve("progress.json");
            writeProgressFile(file, records);
            progressStore = new FileProgressStore(file);
        }
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        progressStore.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public Progress newUserFirstSave() {
        return progressStore.save(UserKey.of("amzn1.ask.account.new-" + newUsers.incrementAndGet()),
                progress("s1", 0));
    }

    @Benchmark
    public Progress returningUserLoadAndSave() {
        UserKey user = storedUser((int) (returningUsers.incrementAndGet() % storedUsers));
        Progress stored = progressStore.load(user).orElseThrow();
        return progressStore.save(user, progress("s" + (stored.version() % 12), stored.version()));
    }

    @Benchmark
    @Threads(16)
    public Progress newUserFirstSaveSixteenThreads() {
        return newUserFirstSave();
    }

    private static UserKey storedUser(int index) {
        return UserKey.of("amzn1.ask.account.stored-" + index);
    }

    private static Progress progress(String section, long version) {
        return new Progress(section, new LinkedHashSet<>(List.of("s1", section)), Set.of("breathe"), true, T0, T0,
                version);
    }

    /** The file the JSON store keeps, written at once: saving users one by one would rewrite it each time. */
    private static void writeProgressFile(Path file, Map<UserKey, Progress> records) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{");
            String separator = "";
            for (Map.Entry<UserKey, Progress> record : records.entrySet()) {
                out.write(separator + "\"" + record.getKey().value() + "\":" + ProgressJson.write(record.getValue()));
                separator = ",";
            }
            out.write("}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
