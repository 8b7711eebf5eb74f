package org.needsspace.understanding.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.dialog.CorpusLine;

/**
 * The skill's own encoder gives what the reference implementations give: the token ids of Hugging Face's tokenizer
 * (its native library, through DJL) on every training and evaluation line, and the vectors of LangChain4j's encoder
 * of the same model.
 */
class BgeSmallEncoderTest {

    /** Where DJL unpacks Hugging Face's native tokenizer: the test's own folder, never the home folder. */
    private static final List<String> CACHE_PROPERTIES = List.of("DJL_CACHE_DIR", "ENGINE_CACHE_DIR");
    private static final List<String> ODD_TEXTS = List.of("", "   ", "I'm NOT okay!!! he said, \"leave\"...",
            "caf\u00e9 na\u00efve r\u00e9sum\u00e9", "tab\there\nnew line", "zero\u200bwidth", "emoji \ud83d\ude22 tears",
            "\u4f60\u597d he left", "supercalifragilisticexpialidocious-antidisestablishmentarianism",
            "x".repeat(150), "it's 3:00am & he's gone... 50% of me wants to call");
    private static final Map<String, String> CACHE_BEFORE = new HashMap<>();
    private static BgeSmallEncoder encoder;

    @BeforeAll
    static void load(@TempDir Path nativeCache) {
        for (String property : CACHE_PROPERTIES) {
            CACHE_BEFORE.put(property, System.getProperty(property));
            System.setProperty(property, nativeCache.toString());
        }
        encoder = BgeSmallEncoder.load();
    }

    @AfterAll
    static void restore() {
        CACHE_BEFORE.forEach((property, before) -> {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        });
    }

    private static List<String> everyLine() {
        List<String> lines = new ArrayList<>(ODD_TEXTS);
        TrainingSet.read(trainingFolder()).forEach(styled -> lines.add(styled.line().words()));
        CorpusLine.everyEvaluationLine().forEach(line -> lines.add(line.words()));
        return lines;
    }

    private static Path trainingFolder() {
        try {
            return Path.of(BgeSmallEncoderTest.class.getResource("/understanding/training/en-US").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givesTheTokenIdsOfHuggingFacesTokenizerForEveryLine() throws IOException {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(
                getClass().getResourceAsStream(BgeSmallEncoder.TOKENIZER_RESOURCE));
        List<String> lines = everyLine();
        try (HuggingFaceTokenizer reference = HuggingFaceTokenizer.newInstance(
                getClass().getResourceAsStream(BgeSmallEncoder.TOKENIZER_RESOURCE), Map.of("padding", "false"))) {
            for (String line : lines) {
                assertArrayEquals(reference.encode(line).getIds(), tokenizer.ids(line), line);
            }
        }
        assertTrue(lines.size() > 8_000, "lines compared: " + lines.size());
    }

    @Test
    void givesLangChain4jsVectorsOfTheSameModel() {
        BgeSmallEnV15QuantizedEmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
        List<String> lines = everyLine();
        for (int i = 0; i < lines.size(); i += lines.size() / 60) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            float[] expected = reference.embed(line).content().vector();
            assertEquals(1.0, cosine(expected, encoder.encode(line)), 1e-5, line);
        }
    }

    @Test
    void vectorsAreUnitLengthAndCloserForSentencesThatMeanAlike() {
        float[] space = encoder.encode("my boyfriend says he needs some space");
        float[] room = encoder.encode("my partner wants time apart");
        float[] pizza = encoder.encode("what is the best pizza topping");
        assertEquals(1.0, cosine(space, space), 1e-5);
        assertTrue(cosine(space, room) > cosine(space, pizza));
    }

    @Test
    void givesTheOutputAtEveryTokenWithTheVectorReadFromTheFirst() throws IOException {
        String sentence = "i could murder a coffee right now";
        int ids = WordPieceTokenizer.read(getClass().getResourceAsStream(BgeSmallEncoder.TOKENIZER_RESOURCE))
                .ids(sentence).length;
        Encoding encoding = encoder.encodeWithTokens(sentence);
        TokenOutputs tokens = encoding.tokens().orElseThrow();

        assertEquals(ids, tokens.tokens());
        assertEquals(384, tokens.dimensions());
        assertArrayEquals(encoder.encode(sentence), encoding.vector());
        assertArrayEquals(Vectors.unit(java.util.Arrays.copyOf(tokens.values(), 384)), encoding.vector());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return dot / Math.sqrt(aa * bb);
    }
}
