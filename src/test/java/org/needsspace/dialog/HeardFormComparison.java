package org.needsspace.dialog;

import java.util.Optional;
import org.needsspace.TestContent;
import org.needsspace.console.UtteranceMapper;
import org.needsspace.understanding.Meaning;
import org.needsspace.understanding.Understanding;

/**
 * A tool, not a test: what the catch-all's carrier phrase costs. Every blind-set line the interaction model hands over
 * as free text is read twice, as said and as heard (the words of the phrase slot alone, "he said next time ..." as
 * "said next time ..."), and the tool lists the lines whose danger the two readings disagree on, then counts them.
 * Lines asking for the numbers, which are answered with them, are left out of the other lines.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.needsspace.dialog.HeardFormComparison</pre>
 */
public final class HeardFormComparison {

    private HeardFormComparison() {
    }

    public static void main(String[] arguments) {
        UtteranceMapper mapper = UtteranceMapper.forLocale("en-US");
        Understanding understanding = TestContent.english().understanding();
        int[] safety = new int[4];
        int[] others = new int[4];
        for (String set : CorpusLine.BLIND_SETS) {
            for (CorpusLine line : CorpusLine.read(set)) {
                Optional<String> slot = PhraseSlot.heard(mapper, line.words());
                if (slot.isEmpty() || BlindSetsIT.ANSWERED_WITH_THE_NUMBERS.contains(line.label())) {
                    continue;
                }
                String heard = slot.get();
                boolean alarmSaid = understanding.interpret(line.words()).kind() == Meaning.Kind.SAFETY;
                boolean alarmHeard = understanding.interpret(heard).kind() == Meaning.Kind.SAFETY;
                (line.isSafety() ? safety : others)[(alarmSaid ? 2 : 0) + (alarmHeard ? 1 : 0)]++;
                if (alarmSaid != alarmHeard) {
                    System.out.printf("%s, alarm only %s: \"%s\" (heard \"%s\")%n", line.isSafety() ? "safety" : "other",
                            alarmSaid ? "as said" : "as heard", line.words(), heard);
                }
            }
        }
        System.out.printf("safety lines: alarm both ways %d, only as said %d, only as heard %d, neither %d%n",
                safety[3], safety[2], safety[1], safety[0]);
        System.out.printf("other lines: alarm both ways %d, only as said %d, only as heard %d, neither %d%n",
                others[3], others[2], others[1], others[0]);
    }
}
