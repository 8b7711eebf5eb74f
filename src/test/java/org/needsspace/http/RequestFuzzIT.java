package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazon.ask.exception.AskSdkException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.AlexaResponseValidator;
import org.needsspace.domain.Guide;
import org.needsspace.domain.Progress;
import org.needsspace.domain.Section;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.lambda.NeedsSpaceStreamHandler;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.UserKey;

/**
 * Mutated catalogue requests (fields removed, types changed, huge strings, random unicode), a fixed number of
 * them from a fixed seed, through both entry points: serve mode never answers 5xx, the Lambda handler throws only
 * the SDK's refusal for what serve mode also refuses, every answer follows Alexa's rules, and the stores still
 * load and hold only places the guide has.
 */
class RequestFuzzIT {

    private static final long SEED = 20250314L;
    private static final int ITERATIONS = 2000;
    private static final Set<Integer> REFUSALS = Set.of(400, 403, 413);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path directory;

    @Test
    void mutatedRequestsNeverCrashEitherEntryPointNorCorruptStoredProgress() throws Exception {
        Random random = new Random(SEED);
        List<String> names = Catalogue.names();
        Path lambdaFile = directory.resolve("lambda-progress.json");
        Path serveFile = directory.resolve("serve-progress.json");
        NeedsSpaceStreamHandler lambda = EntryPoints.lambda(new FileProgressStore(lambdaFile));
        int answered = 0;
        try (SkillHttpServer server = EntryPoints.serve(serveFile, RequestVerifier.off())) {
            for (int i = 0; i < ITERATIONS; i++) {
                JsonNode request = Catalogue.request(names.get(random.nextInt(names.size())));
                int mutations = 1 + random.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    request = mutate(request, random);
                }
                byte[] body = request.toString().getBytes(StandardCharsets.UTF_8);
                String type = request.path("request").path("type").asText("");
                String context = "iteration " + i + " (seed " + SEED + "): " + abbreviated(request.toString());

                HttpResponse<String> served = EntryPoints.postJson(server, body);
                boolean serveAnswered = served.statusCode() == 200;
                if (!serveAnswered && !REFUSALS.contains(served.statusCode())) {
                    fail("serve answered " + served.statusCode() + " for " + context);
                }
                if (serveAnswered) {
                    answered++;
                    assertValid(type, served.body(), context);
                }
                try {
                    assertValid(type, EntryPoints.invokeLambda(lambda, body), context);
                } catch (AskSdkException refused) {
                    // The SDK's own refusal of unreadable input (or a missing application id, read by withSkillId).
                    assertTrue(!serveAnswered, "Lambda refused what serve answered: " + refused + " " + context);
                }
            }
        }
        assertTrue(answered > ITERATIONS / 10, "the fuzzer reaches the skill often enough: " + answered);
        assertStoreSane(lambdaFile);
        assertStoreSane(serveFile);
    }

    private static void assertValid(String type, String body, String context) {
        List<String> problems = AlexaResponseValidator.problems(type, body);
        assertEquals(List.of(), problems, context + "\n" + body);
        assertTrue(!body.contains("something went wrong on my side"),
                "odd input gets a helpful answer, not the apology for a bug: " + context);
    }

    private static void assertStoreSane(Path file) throws Exception {
        if (!file.toFile().exists()) {
            return;
        }
        Guide guide = EntryPoints.CATALOG.defaultContent().guide();
        Set<String> sections = Set.copyOf(guide.sections().stream().map(Section::id).toList());
        JsonNode stored = Catalogue.JSON.readTree(file.toFile());
        FileProgressStore store = new FileProgressStore(file);
        for (Iterator<String> users = stored.fieldNames(); users.hasNext(); ) {
            Progress progress = store.load(new UserKey(users.next())).orElseThrow();
            assertTrue(progress.sectionId() == null || sections.contains(progress.sectionId()), progress.toString());
            assertTrue(progress.version() >= 1, progress.toString());
        }
    }

    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            String field = fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(field);
                case 1 -> object.set(field, otherType(object.get(field), random));
                case 2 -> object.set(field, new TextNode(hugeString(random)));
                default -> object.set(field, new TextNode(randomUnicode(random, 1 + random.nextInt(40))));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), otherType(array.get(0), random));
        }
        return root;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.elements().forEachRemaining(child -> collectContainers(child, into));
        }
    }

    private static JsonNode otherType(JsonNode original, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(2) == 0 ? -1 : random.nextLong());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.arrayNode().add(original == null ? NODES.nullNode() : original.deepCopy());
            case 4 -> NODES.objectNode().put("unexpected", randomUnicode(random, 5));
            default -> new TextNode(original == null ? "" : original.toString());
        };
    }

    private static String hugeString(Random random) {
        return "ab\u00e9\u4e2d ".repeat(400 + random.nextInt(4_000));
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            if (kind == 0) {
                text.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
            } else if (kind == 1) {
                text.append((char) random.nextInt(0x20)); // a control character
            } else if (kind == 2) {
                text.appendCodePoint(0x1F300 + random.nextInt(0x300)); // emoji
            } else if (kind == 3) {
                text.append("<&\"'>".charAt(random.nextInt(5)));
            } else {
                text.appendCodePoint(0x20 + random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
