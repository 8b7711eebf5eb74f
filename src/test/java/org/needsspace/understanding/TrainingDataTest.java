package org.needsspace.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.dialog.CorpusLine;
import org.needsspace.understanding.semantic.EmbedTrainingSet;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.TrainingLine;
import org.needsspace.understanding.semantic.TrainingSet;

/** The encoder's training lines: many, from several authors, labelled with real meanings, apart from evaluation. */
class TrainingDataTest {

    private static final List<TrainingSet.Styled> TRAINING = TrainingSet.read(folder());
    private static final Pattern STEP = Pattern.compile("nav:step-[1-6]");
    private static final Set<String> REMINDER = Set.of("reminder:set", "reminder:when", "reminder:cancel");

    private static Path folder() {
        try {
            return Path.of(TrainingDataTest.class.getResource("/understanding/training/en-US").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower case, letters, digits and single spaces only: "I'm OK!" and "im ok" are the same line. */
    static String normalised(String words) {
        return words.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Test
    void noEvaluationLineIsInTheTrainingData() {
        Set<String> training = TRAINING.stream().map(styled -> normalised(styled.line().words())).collect(Collectors.toSet());
        TestContent.englishUnderstandingData().meanings().values().forEach(examples -> examples.forEach(
                example -> training.add(normalised(example))));

        List<String> leaked = CorpusLine.everyEvaluationLine().stream().map(CorpusLine::words)
                .filter(words -> training.contains(normalised(words))).toList();

        assertEquals(List.of(), leaked, "evaluation lines found among the training lines");
    }

    @Test
    void atLeastThreeThousandLinesFromAtLeastFiveAuthors() {
        Set<String> authors = TRAINING.stream().map(styled -> styled.line().author()).collect(Collectors.toSet());

        assertTrue(TRAINING.size() >= 3000, "training lines: " + TRAINING.size());
        assertTrue(authors.size() >= 5, "authors: " + authors);
    }

    @Test
    void atLeastEightHundredSafetyLinesSaidDirectlyAndIndirectly() {
        Map<String, Long> safetyByStyle = TRAINING.stream().filter(styled -> styled.line().label().startsWith("safety:"))
                .collect(Collectors.groupingBy(TrainingSet.Styled::style, Collectors.counting()));

        assertTrue(safetyByStyle.values().stream().mapToLong(Long::longValue).sum() >= 800, safetyByStyle.toString());
        assertTrue(safetyByStyle.getOrDefault("indirect", 0L) >= 300, safetyByStyle.toString());
        for (String danger : List.of("safety:violence", "safety:self-harm", "safety:danger")) {
            assertTrue(TRAINING.stream().filter(styled -> styled.line().label().equals(danger)).count() >= 100, danger);
        }
    }

    @Test
    void atLeastThreeHundredHarmlessLinesUseDangerWordsInEverydaySenses() {
        long figures = TRAINING.stream()
                .filter(styled -> styled.style().equals("figure") && !styled.line().label().startsWith("safety"))
                .count();

        assertTrue(figures >= 300, "harmless figures of speech: " + figures);
    }

    @Test
    void everyLineHasAMeaningTheSkillAnswers() {
        Set<String> known = new HashSet<>(TestContent.englishUnderstandingData().meanings().keySet());
        known.addAll(REMINDER);
        known.addAll(List.of("safety:violence", "safety:self-harm", "safety:danger"));

        List<String> unknown = TRAINING.stream().map(styled -> styled.line().label())
                .filter(label -> !known.contains(label) && !STEP.matcher(label).matches()).distinct().toList();

        assertEquals(List.of(), unknown);
    }

    @Test
    void everyMeaningOfTheSkillHasTrainingLines() {
        Map<String, Long> byLabel = TRAINING.stream()
                .collect(Collectors.groupingBy(styled -> styled.line().label(), Collectors.counting()));
        List<String> missing = TestContent.englishUnderstandingData().meanings().keySet().stream()
                .filter(label -> !label.startsWith("nav:choice") && !label.equals("nav:again"))
                .filter(label -> byLabel.getOrDefault(label, 0L) < 5).toList();

        assertEquals(List.of(), missing, "meanings with fewer than five training lines");
        REMINDER.forEach(label -> assertTrue(byLabel.getOrDefault(label, 0L) >= 20, label));
    }

    @Test
    void theVectorsTheBuildMadeHoldEveryTrainingLineAndEveryExampleOfTheData() {
        ExampleVectors vectors = ExampleVectors.fromResource("/understanding/en-US.vectors");
        Set<TrainingLine> encoded = new HashSet<>(vectors.lines());

        assertEquals("bge-small-en-v1.5-q", vectors.encoder());
        assertEquals(384, vectors.dimensions());
        TRAINING.forEach(styled -> assertTrue(encoded.contains(styled.line()), styled.line().toString()));
        long examples = TestContent.englishUnderstandingData().meanings().values().stream().mapToLong(List::size).sum();
        assertEquals(examples, vectors.lines().stream()
                .filter(line -> line.author().equals(EmbedTrainingSet.DATA_EXAMPLES)).count());
    }
}
