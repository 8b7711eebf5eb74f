package org.needsspace.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.needsspace.domain.Progress;

/**
 * The one JSON form of a {@link Progress} record the embedded stores keep, written from the record's components:
 * a field added to the record is stored without a change here. Sets keep their order (the last heard prompt is
 * the last element).
 */
public final class ProgressJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectWriter ONE_RECORD = JSON.writerFor(Progress.class);
    private static final ObjectReader ONE_RECORD_READER = JSON.readerFor(Progress.class);
    private static final TypeReference<TreeMap<String, Progress>> BY_USER = new TypeReference<>() { };

    private ProgressJson() {
    }

    public static String write(Progress progress) {
        try {
            return ONE_RECORD.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new ProgressStoreException("Cannot write progress as JSON", e);
        }
    }

    /** @throws ProgressStoreException when the text is not a progress record */
    public static Progress read(String json) {
        try {
            return ONE_RECORD_READER.readValue(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProgressStoreException("Stored progress is unreadable", e);
        }
    }

    /** A whole progress file: records by user key. */
    static TreeMap<String, Progress> readFile(Path file) throws IOException {
        return JSON.readValue(file.toFile(), BY_USER);
    }

    static void writeFile(Path file, Map<String, Progress> byUser) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), byUser);
    }
}
