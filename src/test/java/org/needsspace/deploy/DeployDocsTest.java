package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/deploy.md starts with the one command, cites Amazon's requirements, and gives the manifest's answers as they are. */
class DeployDocsTest {

    private static List<String> lines;
    private static String text;

    @BeforeAll
    static void read() throws IOException {
        lines = Files.readAllLines(Path.of("docs/deploy.md"));
        text = String.join("\n", lines);
    }

    @Test
    void startsWithTheOneCommand() {
        List<String> content = lines.stream().filter(line -> !line.isBlank()).toList();
        assertEquals("# Deploy", content.get(0));
        assertEquals("```sh", content.get(1));
        assertTrue(content.get(2).startsWith("src/deploy/deploy.sh --privacy-policy-url https://"), content.get(2));
        assertTrue(Files.isExecutable(Path.of("src/deploy/deploy.sh")), "the script is executable");
    }

    @Test
    void citesAmazonsCertificationPages() {
        for (String page : List.of("custom-skills/certification-requirements-for-custom-skills.html",
                "custom-skills/policy-requirements-for-an-alexa-skill.html",
                "custom-skills/security-testing-for-an-alexa-skill.html",
                "custom-skills/functional-testing-for-a-custom-skill.html",
                "smapi/skill-manifest.html",
                "smapi/alexa-reminders-guidelines-for-usage.html")) {
            assertTrue(text.contains("(https://developer.amazon.com/en-US/docs/alexa/" + page + ")"), page);
        }
        assertTrue(text.contains("(" + SupportedViewportsTest.APL_INTERFACE_PAGE + ")"));
        assertTrue(text.contains("(" + SupportedViewportsTest.PROFILES_PAGE + ")"));
    }

    @Test
    void givesEveryPrivacyAndComplianceAnswerAndTheCategoryAsTheManifestHasThem() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(Path.of("interaction-model/skill.json").toFile()).path("manifest");
        manifest.path("privacyAndCompliance").fields().forEachRemaining(answer -> assertTrue(
                text.contains("| `" + answer.getKey() + "` | `" + answer.getValue().asText() + "` |"),
                "docs/deploy.md gives " + answer.getKey() + " = " + answer.getValue() + " with its reason"));
        assertTrue(text.contains("| `category` | `" + manifest.at("/publishingInformation/category").asText() + "` |"));
    }

    @Test
    void theReadmeShowsTheSameCommandAndStaysShort() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        assertTrue(readme.size() < 300, "README.md has " + readme.size() + " lines");
        assertTrue(readme.stream().anyMatch(line -> line.startsWith("src/deploy/deploy.sh --privacy-policy-url https://")));
    }
}
