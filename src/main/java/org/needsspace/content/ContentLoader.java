package org.needsspace.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a locale's content file from the classpath and refuses one that is incomplete. */
public final class ContentLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ContentLoader() {
    }

    public static Content load(String locale) {
        String resource = "/content/" + locale + ".json";
        try (InputStream in = ContentLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No content for locale " + locale + " (" + resource + ")");
            }
            return validated(JSON.readValue(in, Content.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable content file " + resource, e);
        }
    }

    private static Content validated(Content content) {
        List<String> missing = Arrays.stream(Phrase.values())
                .map(Phrase::key)
                .filter(key -> !content.phrases().containsKey(key))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Content " + content.locale() + " lacks phrases " + missing);
        }
        if (content.selfCare().isEmpty() || content.safety().resources().isEmpty()) {
            throw new IllegalStateException("Content " + content.locale() + " needs self-care prompts and safety numbers");
        }
        return content;
    }
}
