package org.needsspace.progress.sqlite;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.needsspace.domain.Progress;
import org.needsspace.progress.UserKey;

/**
 * The child process of {@link SqliteCrashIT}: {@code WRITES} saves from {@code THREADS} threads into the database
 * at {@code PATH}, spread over {@code USERS} users; after each save returns it prints {@code ack WRITE USER VERSION}
 * on its own line. Usage: {@code ConcurrentWriter PATH WRITES THREADS USERS}.
 */
public final class ConcurrentWriter {

    static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");

    private ConcurrentWriter() {
    }

    static UserKey user(int index) {
        return UserKey.of("amzn1.ask.account.crash-" + index);
    }

    static String section(int write) {
        return "w" + write;
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        int writes = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int users = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SqliteProgressStore store = SqliteProgressStore.open(database);
        out.println("open");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int w = 0; w < writes; w++) {
            int write = w;
            pool.execute(() -> {
                UserKey user = user(write % users);
                Progress read = store.load(user).orElse(Progress.newUser());
                Set<String> heard = new LinkedHashSet<>(read.heardSections());
                heard.add(section(write));
                Progress saved = store.save(user, new Progress(section(write), heard, Set.of(), true, T0,
                        T0.plusMillis(write), read.version()));
                synchronized (out) {
                    out.println("ack " + write + " " + (write % users) + " " + saved.version());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        store.close();
        out.println("done");
    }
}
