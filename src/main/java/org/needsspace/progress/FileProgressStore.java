package org.needsspace.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.needsspace.domain.Progress;

/**
 * Keeps progress in one small JSON file, so the local console resumes where the last run stopped. Every write
 * rewrites the whole file: fine for the console's one user, not for serve mode's many (SqliteProgressStore).
 */
public final class FileProgressStore implements ProgressStore {

    private final Path file;

    public FileProgressStore(Path file) {
        this.file = file;
    }

    /**
     * Checks, before any conversation, that progress can be kept in the file: its folder exists or can be made, and
     * a file can be written there (which is how every save replaces it).
     *
     * @throws ProgressStoreException saying where and why not
     */
    public void checkWritable() {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, "progress", ".check"));
        } catch (IOException | SecurityException e) {
            throw new ProgressStoreException("Progress cannot be kept in " + file + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); choose a file that can be written with --progress-file PATH", e);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ProgressStoreException("Progress cannot be kept in " + file + " (the file cannot be written); "
                    + "choose a file that can be written with --progress-file PATH");
        }
    }

    @Override
    public synchronized Optional<Progress> load(UserKey user) {
        return Optional.ofNullable(readAll().get(user.value()));
    }

    @Override
    public synchronized Progress save(UserKey user, Progress progress) {
        Map<String, Progress> all = readAll();
        Progress stored = VersionedWrite.ontoForgetful(all.get(user.value()), progress);
        all.put(user.value(), stored);
        writeAll(all);
        return stored;
    }

    /** Every record in the file, by user; empty when there is no file. */
    public synchronized Map<UserKey, Progress> everyRecord() {
        Map<UserKey, Progress> records = new LinkedHashMap<>();
        readAll().forEach((key, progress) -> records.put(new UserKey(key), progress));
        return records;
    }

    @Override
    public synchronized void delete(UserKey user) {
        Map<String, Progress> all = readAll();
        if (all.remove(user.value()) != null) {
            writeAll(all);
        }
    }

    private Map<String, Progress> readAll() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return ProgressJson.readFile(file);
        } catch (IOException e) {
            throw new ProgressStoreException("Cannot read progress file " + file, e);
        }
    }

    private void writeAll(Map<String, Progress> all) {
        try {
            AtomicFile.replace(file, temporary -> ProgressJson.writeFile(temporary, all));
        } catch (IOException e) {
            throw new ProgressStoreException("Cannot write progress file " + file, e);
        }
    }
}
