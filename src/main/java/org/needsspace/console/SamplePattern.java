package org.needsspace.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sample utterance compiled to literal words and slot references ({@code {Slot}}), matched word by word. */
final class SamplePattern {

    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{([^}]*)}");

    private sealed interface Part permits LiteralWord, SlotReference {
    }

    private record LiteralWord(String word) implements Part {
    }

    private record SlotReference(String slotName, String slotType) implements Part {
    }

    private final String intentName;
    private final List<Part> parts;
    private final int literalWords;
    private final boolean phraseSlot;
    private final int rank;

    private SamplePattern(String intentName, List<Part> parts, int rank) {
        this.intentName = intentName;
        this.parts = List.copyOf(parts);
        this.literalWords = (int) parts.stream().filter(LiteralWord.class::isInstance).count();
        this.phraseSlot = parts.stream().anyMatch(part -> part instanceof SlotReference slot
                && SlotReader.PHRASE.equals(slot.slotType()));
        this.rank = rank;
    }

    /** Compiles a sample; a slot the intent does not declare is an error in the model. */
    static SamplePattern compile(ModelIntent intent, String sample, int rank) {
        List<Part> parts = new ArrayList<>();
        Matcher slots = SLOT_REFERENCE.matcher(sample);
        int end = 0;
        while (slots.find()) {
            addLiterals(parts, sample.substring(end, slots.start()));
            String slotName = slots.group(1);
            String slotType = intent.slotTypesByName().get(slotName);
            if (slotType == null) {
                throw new IllegalArgumentException(
                        "Sample '" + sample + "' of " + intent.name() + " uses undeclared slot {" + slotName + "}");
            }
            parts.add(new SlotReference(slotName, slotType));
            end = slots.end();
        }
        addLiterals(parts, sample.substring(end));
        return new SamplePattern(intent.name(), parts, rank);
    }

    private static void addLiterals(List<Part> parts, String text) {
        TextNormalizer.words(text).forEach(word -> parts.add(new LiteralWord(word)));
    }

    boolean hasPhraseSlot() {
        return phraseSlot;
    }

    /**
     * The best way the words fit this sample, if any. With {@link SlotReader.Strictness#ANY_WORDS} the
     * sample must have literal words and they must be at least as many as the words in its slots, so that
     * a bare "{Topic}" or "read {Topic}" does not swallow arbitrary sentences.
     */
    Optional<SampleMatch> match(List<String> words, SlotReader reader, SlotReader.Strictness strictness) {
        if (strictness == SlotReader.Strictness.ANY_WORDS) {
            int slotWords = words.size() - literalWords;
            if (literalWords == 0 || slotWords > literalWords) {
                return Optional.empty();
            }
        }
        return matchFrom(0, 0, 0, words, new LinkedHashMap<>(), reader, strictness);
    }

    private Optional<SampleMatch> matchFrom(int partIndex, int wordIndex, int slotCharacters, List<String> words,
                                            Map<String, FilledSlot> filled, SlotReader reader,
                                            SlotReader.Strictness strictness) {
        if (partIndex == parts.size()) {
            if (wordIndex != words.size()) {
                return Optional.empty();
            }
            return Optional.of(new SampleMatch(intentName, Map.copyOf(filled), slotCharacters, rank));
        }
        Part part = parts.get(partIndex);
        if (part instanceof LiteralWord literal) {
            if (wordIndex < words.size() && words.get(wordIndex).equals(literal.word())) {
                return matchFrom(partIndex + 1, wordIndex + 1, slotCharacters, words, filled, reader, strictness);
            }
            return Optional.empty();
        }
        SlotReference slot = (SlotReference) part;
        int wordsStillNeeded = parts.size() - partIndex - 1;
        Optional<SampleMatch> best = Optional.empty();
        for (int end = wordIndex + 1; end <= words.size() - wordsStillNeeded; end++) {
            Optional<FilledSlot> value = reader.read(slot.slotName(), slot.slotType(),
                    words.subList(wordIndex, end), strictness);
            if (value.isEmpty()) {
                continue;
            }
            Map<String, FilledSlot> withSlot = new LinkedHashMap<>(filled);
            withSlot.put(slot.slotName(), value.get());
            int heardCharacters = String.join(" ", words.subList(wordIndex, end)).length();
            Optional<SampleMatch> rest = matchFrom(partIndex + 1, end, slotCharacters + heardCharacters,
                    words, withSlot, reader, strictness);
            if (rest.isPresent() && (best.isEmpty() || rest.get().isBetterThan(best.get()))) {
                best = rest;
            }
        }
        return best;
    }
}
