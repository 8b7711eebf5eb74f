package org.needsspace.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.needsspace.progress.InMemoryProgressStore;

/**
 * One corpus line said the way {@link UnderstandingCorpusTest} says it: by a new user in the middle of step three
 * (after "go to step three"); "another one" follows an exercise, and "say the numbers again", "I can't call, he'd
 * hear me" and "forget I said anything" follow the safety guidance;
 * "yes" and "no" in own words count when they get what a plain "yes" or "no" gets there.
 */
final class CorpusRun {

    private static final Map<String, String> REFERENCE_WORDS = Map.of("nav:yes", "yes", "nav:no", "no");
    /** Meanings that belong to the moment right after the safety guidance. */
    private static final Set<String> AFTER_THE_NUMBERS = Set.of("nav:numbers", "nav:without-calling", "social:set-aside");

    private CorpusRun() {
    }

    /** What each line is heard as, each said by a new user of one store. */
    static Map<CorpusLine, String> sayEach(List<CorpusLine> lines, HeardAnswer answers) {
        InMemoryProgressStore store = new InMemoryProgressStore();
        Map<CorpusLine, String> heard = new HashMap<>();
        int user = 0;
        for (CorpusLine line : lines) {
            heard.put(line, say(line, new Dialog(store, "corpus-" + user++), answers));
        }
        return heard;
    }

    static String say(CorpusLine line, Dialog dialog, HeardAnswer answers) {
        dialog.opensTheSkill().says("go to step three");
        if (line.label().equals("nav:another")) {
            dialog.says("give me a self care idea");
        } else if (AFTER_THE_NUMBERS.contains(line.label())) {
            dialog.says("I'm not safe");
        }
        String before = dialog.spoken();
        String heardBefore = answers.of(dialog);
        dialog.says(line.words());
        String heard = answers.of(dialog);
        if (line.label().equals("nav:repeat") && dialog.spoken().equals(before)) {
            return "nav:repeat";
        }
        if (line.label().equals("nav:another") && heard.startsWith("selfcare:") && !heard.equals(heardBefore)) {
            return "nav:another";
        }
        if (REFERENCE_WORDS.containsKey(line.label())) {
            dialog.opensTheSkill().says("go to step three").says(REFERENCE_WORDS.get(line.label()));
            return answers.of(dialog).equals(heard) ? line.label() : heard;
        }
        java.util.Optional<String> choice = line.choiceIn(heard);
        if (choice.isPresent()) {
            dialog.says(choice.get());
            return answers.of(dialog);
        }
        return heard;
    }

    /** What the user should hear for a line's meaning, said in the middle of step three. */
    static boolean isRight(CorpusLine line, String heard) {
        return line.isNavigation() ? heard.equals(expectedInStepThree(line.label())) : line.isAnsweredBy(heard);
    }

    private static String expectedInStepThree(String label) {
        return switch (label) {
            case "nav:next" -> "section:pursuing-interests";
            case "nav:previous" -> "section:maintaining-independence";
            case "nav:start-over", "nav:step-1" -> "section:initiating-the-conversation";
            case "nav:step-2" -> "section:giving-space-without-disconnecting";
            case "nav:step-3", "nav:resume" -> "section:self-care-practices";
            case "nav:step-4" -> "section:expressing-support";
            case "nav:step-5" -> "section:reflecting-on-needs";
            case "nav:step-6" -> "section:friends-and-family";
            default -> label;
        };
    }
}
