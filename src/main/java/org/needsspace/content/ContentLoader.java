package org.needsspace.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.needsspace.domain.Guide;
import org.needsspace.domain.SelfCarePrompt;
import org.needsspace.domain.TimedPauses;
import org.needsspace.understanding.Understanding;
import org.needsspace.understanding.UnderstandingData;
import org.needsspace.understanding.semantic.BgeSmallEncoder;
import org.needsspace.understanding.semantic.DangerClassifier;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.OnnxDangerClassifier;
import org.needsspace.understanding.semantic.SentenceEncoder;

/**
 * Reads a locale's content file from the classpath (its understanding data when first needed), and refuses content that is
 * incomplete: a phrase missing, a feeling without an answer, an exercise kind no prompt has.
 */
public final class ContentLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

    private static final Set<String> BREATHING_PHASES = Set.of("in", "hold", "out");

    private ContentLoader() {
    }

    public static Content load(String locale) {
        return load(locale, new HashMap<>());
    }

    /** Which understanding a locale has: the data it reads and the guide it answers from. */
    record UnderstandingKey(String resource, Guide guide) {
    }

    /**
     * Loads a locale; locales that understand with the same data and the same guide share one understanding (built
     * once, not once per locale), kept in {@code understandings}.
     */
    static Content load(String locale, Map<UnderstandingKey, Understanding> understandings) {
        ObjectNode own = readTree(locale);
        ContentFile file = treeToValue(ContentOverlay.resolve(own, ContentLoader::readTree), locale);
        if (!locale.equals(file.locale())) {
            throw new IllegalStateException("Content file of " + locale + " says it is " + file.locale());
        }
        String understandingResource = "/understanding/" + ContentOverlay.understandingLocale(own, locale) + ".json";
        Understanding understanding = understandings.computeIfAbsent(new UnderstandingKey(understandingResource, file.guide()),
                key -> Understanding.of(() -> read(understandingResource, UnderstandingData.class), file.guide(),
                        ContentLoader::loadEncoder, () -> ExampleVectors.fromResource(vectorsOf(understandingResource)),
                        () -> loadDangerClassifier(dangerClassifierOf(understandingResource))));
        return validated(new Content(file.locale(), file.skillName(), file.guide(), file.disclaimer(),
                file.stepsOverview(), file.numberWords(), file.safety(), file.selfCare(), file.feelings(),
                file.sectionSummaries(), file.screen(), file.phrases(), understanding));
    }

    /**
     * Through this method rather than a reference to {@code BgeSmallEncoder::load}, which would link the encoder's
     * class, and load ONNX Runtime's classes with it, on every launch.
     */
    private static SentenceEncoder loadEncoder() {
        return BgeSmallEncoder.load();
    }

    /** Through a method for the same reason as {@link #loadEncoder()}. */
    private static DangerClassifier loadDangerClassifier(String resource) {
        return OnnxDangerClassifier.load(resource);
    }

    /** The classifier of danger trained beside an understanding's data ({@code en-US.danger-classifier.onnx}). */
    static String dangerClassifierOf(String understandingResource) {
        return understandingResource.replaceFirst("\\.json$", ".danger-classifier.onnx");
    }

    /** The training vectors the build made beside an understanding's data ({@code en-US.json}: {@code en-US.vectors}). */
    static String vectorsOf(String understandingResource) {
        return understandingResource.replaceFirst("\\.json$", ".vectors");
    }

    private static ObjectNode readTree(String locale) {
        JsonNode tree = read("/content/" + locale + ".json", JsonNode.class);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalStateException("Content of " + locale + " is not a JSON object");
        }
        return object;
    }

    private static ContentFile treeToValue(ObjectNode tree, String locale) {
        try {
            return JSON.treeToValue(tree, ContentFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable content of " + locale, e);
        }
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ContentLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable file " + resource, e);
        }
    }

    /** The content if it is complete, else an IllegalStateException naming everything missing. */
    static Content validated(Content content) {
        List<String> problems = new ArrayList<>();
        Arrays.stream(Phrase.values())
                .filter(phrase -> content.phrases().getOrDefault(phrase.key(), List.of()).isEmpty())
                .forEach(phrase -> problems.add("no phrase " + phrase.key()));
        Arrays.stream(ScreenText.values())
                .filter(text -> !content.screen().containsKey(text.key()))
                .forEach(text -> problems.add("no screen text " + text.key()));
        content.selfCare().stream()
                .filter(prompt -> !prompt.breathing().isEmpty()
                        && prompt.breathing().size() != TimedPauses.count(prompt.ssml()))
                .forEach(prompt -> problems.add("exercise " + prompt.id() + " names " + prompt.breathing().size()
                        + " breathing phases for " + TimedPauses.count(prompt.ssml()) + " pauses"));
        content.selfCare().stream()
                .flatMap(prompt -> prompt.breathing().stream())
                .filter(phase -> !BREATHING_PHASES.contains(phase))
                .forEach(phase -> problems.add("unknown breathing phase " + phase));
        content.safety().resources().stream()
                .filter(resource -> resource.purpose() == null || resource.purpose().isBlank())
                .forEach(resource -> problems.add("safety number " + resource.id() + " says nothing of what it is for"));
        Stream.concat(content.safety().resources().stream(), content.safety().withoutCalling().stream())
                .filter(resource -> !isCited(resource))
                .forEach(resource -> problems.add("safety number " + resource.id() + " is cited neither to an official"
                        + " page nor to two independent reports"));
        if (content.safety().withoutCalling().isEmpty()) {
            problems.add("no way to reach help without calling");
        }
        if (content.selfCare().isEmpty() || content.safety().resources().isEmpty()) {
            problems.add("no self-care prompts or no safety numbers");
        }
        Set<String> kinds = content.selfCare().stream().flatMap(prompt -> prompt.kinds().stream())
                .collect(Collectors.toSet());
        content.feelings().forEach((feeling, care) -> {
            if (care.exercise() != null && !kinds.contains(care.exercise())) {
                problems.add("feeling " + feeling + " asks for exercise kind " + care.exercise() + ", which no prompt has");
            }
            if (care.section() != null && content.guide().section(care.section()).isEmpty()) {
                problems.add("feeling " + feeling + " offers unknown section " + care.section());
            }
        });
        content.guide().sections().stream()
                .filter(section -> !content.sectionSummaries().containsKey(section.id()))
                .forEach(section -> problems.add("no summary for section " + section.id()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Content " + content.locale() + ": " + String.join("; ", problems));
        }
        return content;
    }

    /** An official page, or at least two reports of the official statement from different sites. */
    static boolean isCited(SafetyResource resource) {
        if (resource.source() != null) {
            return resource.source().startsWith("https://");
        }
        return resource.reportedBy().stream().allMatch(report -> report.startsWith("https://"))
                && resource.reportedBy().stream().map(ContentLoader::host).distinct().count() >= 2;
    }

    private static String host(String address) {
        return URI.create(address).getHost();
    }
}
