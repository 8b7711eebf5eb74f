package org.needsspace.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many corpus lines were answered right, per category, with the misses: the table a corpus test prints. */
public final class CorpusScore {

    private final String title;
    private final Map<String, int[]> byCategory = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private int right;
    private int judged;

    public CorpusScore(String title) {
        this.title = title;
    }

    public void add(CorpusLine line, String heard, boolean answeredRight) {
        int[] counts = byCategory.computeIfAbsent(line.category(), category -> new int[2]);
        counts[1]++;
        judged++;
        if (answeredRight) {
            counts[0]++;
            right++;
        } else {
            misses.add(line.category() + " | " + line.label() + " | heard " + heard + " | \"" + line.words() + "\"");
        }
    }

    public int judged() {
        return judged;
    }

    public int right() {
        return right;
    }

    public boolean reaches(double share) {
        return right >= share * judged;
    }

    public String table() {
        StringBuilder table = new StringBuilder(String.format("%n%s%n", title));
        byCategory.forEach((category, counts) -> table.append(String.format("  %-11s %4d / %4d  %5.1f%%%n",
                category, counts[0], counts[1], 100.0 * counts[0] / counts[1])));
        return table.append(String.format("  %-11s %4d / %4d  %5.1f%%%n", "overall", right, judged,
                100.0 * right / judged)).toString();
    }

    public String misses() {
        return "misses:\n" + String.join("\n", misses);
    }
}
