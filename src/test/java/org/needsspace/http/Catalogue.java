package org.needsspace.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The request catalogue in src/test/resources/catalogue: real Alexa request JSON, one per request type and oddity. */
final class Catalogue {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIRECTORY = directory();
    private static final JsonNode EXPECTATIONS = read("expectations.json");

    private Catalogue() {
    }

    static List<String> names() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.equals("expectations.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIRECTORY.resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode request(String name) {
        return read(name + ".json");
    }

    /** What the catalogue expects of this request's answer (see expectations.json). */
    static JsonNode expectation(String name) {
        JsonNode expectation = EXPECTATIONS.get(name);
        if (expectation == null) {
            throw new IllegalStateException("No expectation for catalogue entry " + name);
        }
        return expectation;
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(DIRECTORY.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        try {
            return Path.of(Catalogue.class.getResource("/catalogue").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
