package org.needsspace.alexa.screen;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needsspace.content.Content;

/**
 * The APL documents, one per {@link View}, read from the classpath once (on the first screen a container shows)
 * with the shared resources and styles of {@code apl/shared.json} merged in; and the directive that shows one.
 */
public final class ScreenDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private ScreenDocuments() {
    }

    /** The directive that shows the screen, its text taken from the content. */
    public static RenderDocumentDirective directive(Screen screen, Content content) {
        return RenderDocumentDirective.builder()
                .withToken(screen.view().token())
                .withDocument(document(screen.view()))
                .withDatasources(Map.of("screen", ScreenData.of(screen, content)))
                .build();
    }

    /** The document as sent: the view's own file with the shared resources and styles merged in. */
    public static Map<String, Object> document(View view) {
        return Loaded.DOCUMENTS.get(view);
    }

    /** Read on first use, so a container that only ever answers voice-only devices never reads them. */
    private static final class Loaded {
        static final Map<View, Map<String, Object>> DOCUMENTS = loadAll();

        private static Map<View, Map<String, Object>> loadAll() {
            Map<String, Object> shared = read("shared");
            Map<View, Map<String, Object>> documents = new EnumMap<>(View.class);
            for (View view : View.values()) {
                documents.put(view, Collections.unmodifiableMap(merged(read(view.documentName()), shared)));
            }
            return Collections.unmodifiableMap(documents);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merged(Map<String, Object> document, Map<String, Object> shared) {
        List<Object> resources = new ArrayList<>((List<Object>) shared.getOrDefault("resources", List.of()));
        resources.addAll((List<Object>) document.getOrDefault("resources", List.of()));
        Map<String, Object> styles = new LinkedHashMap<>((Map<String, Object>) shared.getOrDefault("styles", Map.of()));
        styles.putAll((Map<String, Object>) document.getOrDefault("styles", Map.of()));
        Map<String, Object> merged = new LinkedHashMap<>(document);
        merged.put("resources", resources);
        merged.put("styles", styles);
        return merged;
    }

    private static Map<String, Object> read(String name) {
        String resource = "/apl/" + name + ".json";
        try (InputStream in = ScreenDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            return JSON.readValue(in, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable APL document " + resource, e);
        }
    }
}
