package org.needsspace.console;

import com.amazon.ask.model.Intent;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps typed text to the intent Alexa would send, using the skill's own interaction model, so the local
 * console exercises the same intents and slots as the real device.
 *
 * <p>Order of preference:
 * <ol>
 *   <li>the whole text is a built-in phrase or a sample utterance without slots;</li>
 *   <li>the text fits a sample with every custom slot resolved to a known value or synonym, and every
 *       AMAZON.NUMBER / AMAZON.ORDINAL slot a number; among several, the one with the fewest slot
 *       characters (the most literal text) wins, then the one earlier in the model;</li>
 *   <li>only when nothing fits fully: a sample whose literal words match and are at least as many as the
 *       words left for its slots, with unknown custom slot words resolved to ER_SUCCESS_NO_MATCH. Alexa
 *       does the same for words near a sample; the word-count rule keeps a bare "{Topic}" from catching
 *       every sentence;</li>
 *   <li>then the catch-all intent's carrier phrases (its phrase slot, AMAZON.SearchQuery: "I feel {Text}"), as
 *       Alexa prefers an intent whose sample names what was said;</li>
 *   <li>otherwise the catch-all intent with all the words in its phrase slot, as Alexa hands a sentence it cannot
 *       place to the intent with a phrase slot (a device may send AMAZON.FallbackIntent instead, which the skill
 *       also answers); AMAZON.FallbackIntent when the model has no catch-all intent.</li>
 * </ol>
 * Text that is only the invocation ("open partner space coach") carries no intent and maps to the fallback;
 * the console is expected to treat launching itself.
 */
public final class UtteranceMapper {

    static final String FALLBACK_INTENT = "AMAZON.FallbackIntent";
    private static final String MODEL_RESOURCE = "/interaction-model/%s.json";
    private static final String BUILT_IN_PHRASES_RESOURCE = "/console/built-in-phrases.%s.json";
    private static final String SHARED_PHRASES_LOCALE = "en-US";

    private final BuiltInPhrases builtInPhrases;
    private final List<SamplePattern> samples;
    private final SlotReader slotReader;
    private final InvocationPrefix invocationPrefix;
    private final AlexaIntentFactory intentFactory;
    private final Optional<ModelIntent.PhraseSlot> catchAll;

    private UtteranceMapper(LanguageModel model, BuiltInPhrases builtInPhrases) {
        this.builtInPhrases = builtInPhrases;
        this.slotReader = new SlotReader(model);
        this.invocationPrefix = new InvocationPrefix(model.invocationName());
        this.intentFactory = new AlexaIntentFactory(model);
        List<SamplePattern> compiled = new ArrayList<>();
        for (ModelIntent intent : model.intents()) {
            for (String sample : intent.samples()) {
                compiled.add(SamplePattern.compile(intent, sample, compiled.size()));
            }
        }
        this.samples = List.copyOf(compiled);
        this.catchAll = model.intents().stream().map(ModelIntent::phraseSlot).flatMap(Optional::stream).findFirst();
    }

    /** Builds a mapper from an interaction model JSON (Alexa format) and the built-in phrases resource. */
    public static UtteranceMapper load(InputStream interactionModelJson, InputStream builtInPhrasesJson) {
        ObjectMapper json = new ObjectMapper();
        return new UtteranceMapper(
                LanguageModel.read(interactionModelJson, json),
                BuiltInPhrases.read(builtInPhrasesJson, json));
    }

    /**
     * Loads both from the classpath: "/interaction-model/en-GB.json" and "/console/built-in-phrases.en-GB.json",
     * or en-US's phrases for a locale without its own (the English locales say the same to Alexa's built-ins).
     */
    public static UtteranceMapper forLocale(String locale) {
        String modelPath = String.format(MODEL_RESOURCE, locale);
        String ownPhrases = String.format(BUILT_IN_PHRASES_RESOURCE, locale);
        String phrasesPath = UtteranceMapper.class.getResource(ownPhrases) != null ? ownPhrases
                : String.format(BUILT_IN_PHRASES_RESOURCE, SHARED_PHRASES_LOCALE);
        try (InputStream model = resource(modelPath); InputStream phrases = resource(phrasesPath)) {
            return load(model, phrases);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + modelPath + " or " + phrasesPath, e);
        }
    }

    private static InputStream resource(String path) {
        InputStream stream = UtteranceMapper.class.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalArgumentException("No classpath resource " + path);
        }
        return stream;
    }

    /** Never null: text that matches nothing maps to AMAZON.FallbackIntent. */
    public Intent map(String typedText) {
        List<String> words = invocationPrefix.strip(TextNormalizer.words(typedText));
        if (words.isEmpty()) {
            return intentFactory.intent(FALLBACK_INTENT, Map.of());
        }
        Optional<String> builtIn = builtInPhrases.intentFor(String.join(" ", words));
        if (builtIn.isPresent()) {
            return intentFactory.intent(builtIn.get(), Map.of());
        }
        Optional<SampleMatch> best = bestMatch(words, SlotReader.Strictness.KNOWN_VALUES_ONLY, false)
                .or(() -> bestMatch(words, SlotReader.Strictness.ANY_WORDS, false))
                .or(() -> bestMatch(words, SlotReader.Strictness.KNOWN_VALUES_ONLY, true));
        return best.map(match -> intentFactory.intent(match.intentName(), match.slots()))
                .orElseGet(() -> catchAll
                        .map(slot -> intentFactory.intent(slot.intentName(), Map.of(slot.slotName(),
                                FilledSlot.builtIn(slot.slotName(), SlotReader.PHRASE, String.join(" ", words)))))
                        .orElseGet(() -> intentFactory.intent(FALLBACK_INTENT, Map.of())));
    }

    /**
     * The intent of which this text is a sample utterance (a sample as written, or with its slots filled by values
     * the model knows), or a built-in phrase; empty when it is none, the catch-all's carrier phrases aside.
     */
    public Optional<String> sampleIntentOf(String typedText) {
        List<String> words = TextNormalizer.words(typedText);
        return builtInPhrases.intentFor(String.join(" ", words))
                .or(() -> bestMatch(words, SlotReader.Strictness.KNOWN_VALUES_ONLY, false).map(SampleMatch::intentName));
    }

    private Optional<SampleMatch> bestMatch(List<String> words, SlotReader.Strictness strictness, boolean phraseSlot) {
        SampleMatch best = null;
        for (SamplePattern sample : samples) {
            if (sample.hasPhraseSlot() != phraseSlot) {
                continue;
            }
            Optional<SampleMatch> match = sample.match(words, slotReader, strictness);
            if (match.isPresent() && (best == null || match.get().isBetterThan(best))) {
                best = match.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
