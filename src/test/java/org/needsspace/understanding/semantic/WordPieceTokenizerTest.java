package org.needsspace.understanding.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WordPiece on a vocabulary small enough to read: the ids follow from the rules by hand. */
class WordPieceTokenizerTest {

    private static final String VOCABULARY = """
            {"model": {"type": "WordPiece", "unk_token": "[UNK]", "max_input_chars_per_word": 12, "vocab": {
              "[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "he": 4, "needs": 5, "space": 6, "spa": 7, "##ce": 8,
              "##s": 9, "cafe": 10, "'": 11, "t": 12, "don": 13, "i": 14, "##m": 15, "ok": 16, "!": 17, "need": 18}}}
            """;

    private static WordPieceTokenizer tokenizer() {
        return WordPieceTokenizer.read(new ByteArrayInputStream(VOCABULARY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void wholeWordsOfTheVocabularyAreOnePieceEachBetweenTheSpecialTokens() {
        assertArrayEquals(new long[] {2, 4, 5, 6, 3}, tokenizer().ids("he needs space"));
    }

    @Test
    void aWordOutsideTheVocabularyIsCutIntoTheLongestPiecesFromItsStart() {
        assertArrayEquals(new long[] {2, 6, 9, 3}, tokenizer().ids("spaces"), "space before spa, then ##s");
        assertArrayEquals(new long[] {2, 5, 9, 3}, tokenizer().ids("needss"), "needs before need");
    }

    @Test
    void aWordNoPiecesCanMakeIsOneUnknownToken() {
        assertArrayEquals(new long[] {2, 4, 1, 3}, tokenizer().ids("he spaxe"));
    }

    @Test
    void aWordLongerThanTheVocabularyAllowsIsUnknown() {
        assertArrayEquals(new long[] {2, 1, 3}, tokenizer().ids("spacespacespace"));
    }

    @Test
    void punctuationIsAWordOfItsOwnAndCaseAndAccentsAreDropped() {
        assertArrayEquals(new long[] {2, 13, 11, 12, 3}, tokenizer().ids("Don't"));
        assertArrayEquals(new long[] {2, 14, 15, 16, 17, 3}, tokenizer().ids("Im\tOK!"));
        assertArrayEquals(new long[] {2, 10, 3}, tokenizer().ids("Caf\u00e9"));
        assertArrayEquals(new long[] {2, 10, 3}, tokenizer().ids("cafe\u200b"));
    }

    @Test
    void aTextTooLongForTheModelIsCutKeepingTheClosingToken() {
        long[] ids = tokenizer().ids("he ".repeat(600));
        assertEquals(WordPieceTokenizer.MOST_TOKENS, ids.length);
        assertEquals(2, ids[0]);
        assertEquals(4, ids[ids.length - 2]);
        assertEquals(3, ids[ids.length - 1]);
    }

    @Test
    void emptyTextIsTheTwoSpecialTokens() {
        assertArrayEquals(new long[] {2, 3}, tokenizer().ids("  "));
        assertEquals(List.of(), WordPieceTokenizer.words(""));
    }

    @Test
    void aTokenizerThatIsNotWordPieceIsRefused() {
        String bpe = "{\"model\": {\"type\": \"BPE\", \"vocab\": {}}}";
        assertThrows(IllegalArgumentException.class,
                () -> WordPieceTokenizer.read(new ByteArrayInputStream(bpe.getBytes(StandardCharsets.UTF_8))));
    }
}
