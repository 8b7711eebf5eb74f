package org.needsspace.understanding.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, read from a Hugging Face {@code tokenizer.json}: the text cleaned, accents
 * stripped and lower-cased, split at spaces and punctuation, each word cut into the longest pieces of the vocabulary,
 * between {@code [CLS]} and {@code [SEP]}. It gives the ids Hugging Face's tokenizer gives for such a file, in plain
 * Java, so that no native library has to be unpacked for it. Special tokens written in the text itself
 * ({@code "[SEP]"}) are read as words, not as the special tokens. Thread-safe.
 */
public final class WordPieceTokenizer {

    /** The most positions BERT models read, the two special tokens included. */
    public static final int MOST_TOKENS = 512;
    private static final String CONTINUING = "##";

    private final Map<String, Integer> vocabulary;
    private final int maxCharactersPerWord;
    private final int unknown;
    private final int classification;
    private final int separator;

    private WordPieceTokenizer(Map<String, Integer> vocabulary, int maxCharactersPerWord, String unknown) {
        this.vocabulary = vocabulary;
        this.maxCharactersPerWord = maxCharactersPerWord;
        this.unknown = idOf(unknown);
        this.classification = idOf("[CLS]");
        this.separator = idOf("[SEP]");
    }

    /** Reads a {@code tokenizer.json} whose model is WordPiece with a BERT normalizer. */
    public static WordPieceTokenizer read(InputStream tokenizerJson) {
        try (InputStream in = tokenizerJson) {
            JsonNode model = new ObjectMapper().readTree(in).path("model");
            if (!"WordPiece".equals(model.path("type").asText())) {
                throw new IllegalArgumentException("Not a WordPiece tokenizer: " + model.path("type").asText());
            }
            Map<String, Integer> vocabulary = new HashMap<>();
            model.path("vocab").fields().forEachRemaining(entry -> vocabulary.put(entry.getKey(), entry.getValue().asInt()));
            return new WordPieceTokenizer(vocabulary, model.path("max_input_chars_per_word").asInt(100),
                    model.path("unk_token").asText("[UNK]"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the text's tokens, {@code [CLS]} first and {@code [SEP]} last, cut to {@link #MOST_TOKENS}. */
    public long[] ids(String text) {
        List<Integer> ids = new ArrayList<>();
        ids.add(classification);
        for (String word : words(normalized(text))) {
            pieces(word, ids);
            if (ids.size() >= MOST_TOKENS - 1) {
                break;
            }
        }
        int count = Math.min(ids.size(), MOST_TOKENS - 1);
        long[] result = new long[count + 1];
        for (int i = 0; i < count; i++) {
            result[i] = ids.get(i);
        }
        result[count] = separator;
        return result;
    }

    private int idOf(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("The vocabulary has no " + token);
        }
        return id;
    }

    /** Control characters dropped, spaces unified, Chinese characters set apart, accents stripped, lower case. */
    static String normalized(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                return;
            }
            if (isWhitespace(c)) {
                cleaned.append(' ');
            } else if (isChinese(c)) {
                cleaned.append(' ').appendCodePoint(c).append(' ');
            } else {
                cleaned.appendCodePoint(c);
            }
        });
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(stripped::appendCodePoint);
        return stripped.toString().toLowerCase(Locale.ROOT);
    }

    /** Split at white space, each punctuation mark a word of its own. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isWhitespace(c) || isPunctuation(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (isPunctuation(c)) {
                    words.add(Character.toString(c));
                }
            } else {
                word.appendCodePoint(c);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Greedy longest match; a word no pieces can make, or a very long one, is one unknown token. */
    private void pieces(String word, List<Integer> ids) {
        if (word.codePointCount(0, word.length()) > maxCharactersPerWord) {
            ids.add(unknown);
            return;
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer piece = null;
            while (start < end) {
                String candidate = (start > 0 ? CONTINUING : "") + word.substring(start, end);
                piece = vocabulary.get(candidate);
                if (piece != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (piece == null) {
                ids.add(unknown);
                return;
            }
            found.add(piece);
            start = end;
        }
        ids.addAll(found);
    }

    private static boolean isWhitespace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isChinese(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
