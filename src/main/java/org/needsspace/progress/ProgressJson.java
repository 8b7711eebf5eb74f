package org.needsspace.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.needsspace.domain.Progress;

/** {@link ProgressCodec}'s form of a record as JSON text, as the embedded stores keep it. */
public final class ProgressJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> ONE_RECORD = new TypeReference<>() { };
    private static final TypeReference<TreeMap<String, Object>> BY_USER = new TypeReference<>() { };

    private ProgressJson() {
    }

    public static String write(Progress progress) {
        try {
            return JSON.writeValueAsString(ProgressCodec.encode(progress));
        } catch (JsonProcessingException e) {
            throw new ProgressStoreException("Cannot write progress as JSON", e);
        }
    }

    /** @throws ProgressStoreException when the text is not a progress record */
    public static Progress read(String json) {
        try {
            return decoded(JSON.readValue(json, ONE_RECORD));
        } catch (JsonProcessingException e) {
            throw new ProgressStoreException("Stored progress is unreadable", e);
        }
    }

    /**
     * A whole progress file: records by user key.
     *
     * @throws ProgressStoreException when a record in it is not a progress record
     */
    static TreeMap<String, Progress> readFile(Path file) throws IOException {
        TreeMap<String, Progress> byUser = new TreeMap<>();
        JSON.readValue(file.toFile(), BY_USER).forEach((user, record) -> byUser.put(user, decoded(record)));
        return byUser;
    }

    static void writeFile(Path file, Map<String, Progress> byUser) throws IOException {
        Map<String, Object> encoded = new LinkedHashMap<>();
        byUser.forEach((user, progress) -> encoded.put(user, ProgressCodec.encode(progress)));
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), encoded);
    }

    private static Progress decoded(Object record) {
        return ProgressCodec.decode(record)
                .orElseThrow(() -> new ProgressStoreException("Stored progress is not a progress record"));
    }
}
