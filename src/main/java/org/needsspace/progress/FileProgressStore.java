package org.needsspace.progress;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.needsspace.domain.Progress;

/** Keeps progress in one small JSON file, so the local console resumes where the last run stopped. */
public final class FileProgressStore implements ProgressStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public FileProgressStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<Progress> load(UserKey user) {
        return Optional.ofNullable(readAll().get(user.value()));
    }

    @Override
    public synchronized Progress save(UserKey user, Progress progress) {
        Map<String, Progress> all = readAll();
        Progress stored = VersionedWrite.apply(all.get(user.value()), progress);
        all.put(user.value(), stored);
        writeAll(all);
        return stored;
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
            return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Progress>>() { });
        } catch (IOException e) {
            throw new ProgressStoreException("Cannot read progress file " + file, e);
        }
    }

    private void writeAll(Map<String, Progress> all) {
        try {
            AtomicFile.replace(file, temporary -> JSON.writeValue(temporary.toFile(), all));
        } catch (IOException e) {
            throw new ProgressStoreException("Cannot write progress file " + file, e);
        }
    }
}
