package org.needsspace.alexa.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document as the skill sends it, checked by apl-suggester (npm), Amazon's static APL validator: the
 * components, their properties and their values against the APL JSON schema of the release it follows. Any
 * finding fails, warnings included. A document with a property no APL component has shows the validator is awake.
 */
class AplSuggesterIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void everyDocumentPassesAmazonsAplValidator() throws IOException, InterruptedException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (View view : View.values()) {
            Path file = directory.resolve(view.documentName() + ".json");
            JSON.writeValue(file.toFile(), ScreenDocuments.document(view));
            files.put(view.documentName(), file);
        }
        Path broken = directory.resolve("broken.json");
        JSON.writeValue(broken.toFile(), Map.of("type", "APL", "version", AplDocumentCheck.APL_VERSION,
                "mainTemplate", Map.of("items", List.of(Map.of("type", "Container", "backgroundColor", "red")))));

        JsonNode results = validate(new ArrayList<>(files.values()), broken);

        for (Map.Entry<String, Path> file : files.entrySet()) {
            assertEquals(List.of(), findings(results.path(file.getValue().toString())), file.getKey());
        }
        assertFalse(findings(results.path(broken.toString())).isEmpty(), "the validator found nothing in a broken document");
    }

    private JsonNode validate(List<Path> documents, Path broken) throws IOException, InterruptedException {
        Path results = directory.resolve("results.json");
        List<String> command = new ArrayList<>(List.of("node", "apl-check.js", results.toString()));
        documents.forEach(document -> command.add(document.toString()));
        command.add(broken.toString());
        Path log = directory.resolve("apl-check.log");
        Process process = new ProcessBuilder(command).directory(nodeTools().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("apl-check.js did not finish in 120 s");
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
        return JSON.readTree(results.toFile());
    }

    private static List<String> findings(JsonNode results) {
        List<String> findings = new ArrayList<>();
        results.forEach(finding -> findings.add(finding.path("level").asText() + " " + finding.path("path").asText()
                + ": " + finding.path("errorMessage").asText()));
        return findings;
    }

    private static Path nodeTools() {
        return Path.of(System.getProperty("node.tools.dir", "src/test/node")).toAbsolutePath();
    }
}
