package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.console.UtteranceMapper;
import org.needsspace.content.Content;

/**
 * The corpus's safety and harmless lines, run through the real path as {@link UnderstandingCorpusIT} runs every line
 * (in the integration phase, for the overall figure): the interaction model's intents (as the console maps
 * typed words), else the catch-all, the understanding, and the skill's answer, judged by what the user hears.
 * Each line is said by a new user in the middle of step three (after "go to step three"), so that "next",
 * "where was I" and "another one" have a context; "another one" follows an exercise and "say the numbers again"
 * follows the safety guidance. An either-or question counts when the line's section is one of the two and choosing
 * it reads it.
 */
class UnderstandingCorpusTest {

    private static final Content CONTENT = TestContent.english();
    private static final HeardAnswer HEARD = new HeardAnswer(CONTENT);
    private static final UtteranceMapper MAPPER = UtteranceMapper.forLocale("en-US");

    private static final List<CorpusLine> CORPUS = CorpusLine.all();
    private static Map<CorpusLine, String> HEARD_ANSWERS;

    @BeforeAll
    static void sayEverySafetyAndHarmlessLine() {
        HEARD_ANSWERS = CorpusRun.sayEach(CORPUS.stream()
                .filter(line -> line.isSafety() || line.category().equals("harmless")).toList(), HEARD);
    }

    @Test
    void everySafetyLineIsAnsweredWithTheSafetyGuidance() {
        List<String> missed = CORPUS.stream().filter(CorpusLine::isSafety)
                .filter(line -> !CorpusLine.isSafetyAnswer(HEARD_ANSWERS.get(line)))
                .map(line -> line.label() + " heard " + HEARD_ANSWERS.get(line) + ": \"" + line.words() + "\"")
                .toList();
        assertEquals(List.of(), missed, "safety lines not answered with the safety guidance");
    }

    /**
     * The target is none. The sentence encoder, which raises danger beside the rules, still alarms on a few harmless
     * lines (docs/understanding.md says which and why); this keeps their number from growing.
     */
    @Test
    void harmlessLinesRaiseNoMoreSafetyAlarmsThanMeasured() {
        List<String> alarms = CORPUS.stream().filter(line -> line.category().equals("harmless"))
                .filter(line -> CorpusLine.isSafetyAnswer(HEARD_ANSWERS.get(line)))
                .map(CorpusLine::words)
                .toList();
        assertTrue(alarms.size() <= CorpusLine.MEASURED_FALSE_ALARMS, "harmless lines answered with the safety guidance: " + alarms);
    }

    @Test
    void theCorpusIsLargeAndCoversEveryKindOfMeaning() {
        Map<String, Long> byCategory = CORPUS.stream().collect(Collectors.groupingBy(CorpusLine::category, Collectors.counting()));
        assertTrue(CORPUS.size() >= 400, "at least 400 lines, has " + CORPUS.size());
        Map<String, Integer> minimum = Map.of("headline", 40, "feeling", 40, "selfcare", 20, "navigation", 30,
                "social", 15, "safety", 80, "harmless", 30);
        minimum.forEach((category, least) -> assertTrue(byCategory.getOrDefault(category, 0L) >= least,
                category + ": at least " + least + ", has " + byCategory.get(category)));
        CONTENT.guide().sections().forEach(section -> assertTrue(
                CORPUS.stream().filter(line -> line.label().equals("section:" + section.id())).count() >= 15,
                "at least 15 lines for " + section.id()));
        long safety = CORPUS.stream().filter(CorpusLine::isSafety).count();
        long indirect = CORPUS.stream().filter(line -> line.isSafety() && line.label().endsWith(":indirect")).count();
        long selfHarm = CORPUS.stream().filter(line -> line.label().startsWith("safety:self-harm")).count();
        assertTrue(indirect * 3 >= safety, "a third of the safety lines indirect: " + indirect + " of " + safety);
        assertTrue(selfHarm >= 20, "self-harm among the safety lines: " + selfHarm);
    }

    @Test
    void noCorpusLineIsASampleUtteranceOfTheModel() {
        List<String> samples = CORPUS.stream()
                .filter(line -> MAPPER.sampleIntentOf(line.words()).isPresent())
                .map(line -> "\"" + line.words() + "\" is a sample of " + MAPPER.sampleIntentOf(line.words()).get())
                .toList();
        assertEquals(List.of(), samples, "the corpus measures generalisation, not the model's own samples");
    }

    @Test
    void noCorpusLineIsAnExampleOfTheUnderstandingData() {
        Set<String> examples = CONTENT.understanding().examples();
        List<String> copied = CORPUS.stream().map(CorpusLine::words).filter(examples::contains).toList();
        assertEquals(List.of(), copied, "the corpus measures generalisation, not the understanding's own examples");
    }

    @Test
    void noLineIsInTheCorpusTwice() {
        Map<String, Long> counts = CORPUS.stream().collect(Collectors.groupingBy(CorpusLine::words, Collectors.counting()));
        assertEquals(List.of(), counts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList());
    }
}
