package org.needsspace.dialog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled line of the corpus of things people say ({@code understanding/corpus.en-US.tsv}): its category
 * ("safety", "harmless", ...), the meaning it has ("section:active-listening", "safety:self-harm:indirect") and the
 * words.
 */
public record CorpusLine(String category, String label, String words) {

    public static final String RESOURCE = "/understanding/corpus.en-US.tsv";
    /**
     * Harmless corpus lines the understanding answers with the safety guidance, as last measured; the target is
     * none (docs/understanding.md). Tests hold the number from growing.
     */
    public static final int MEASURED_FALSE_ALARMS = 8;
    /** The blind sets, each written by an author who saw only the guide and the list of meanings, measured once. */
    public static final List<String> BLIND_SETS = List.of("/understanding/blind-f.en-US.tsv", "/understanding/blind-g.en-US.tsv",
            "/understanding/blind-i.en-US.tsv", "/understanding/blind-j.en-US.tsv", "/understanding/blind-m.en-US.tsv",
            "/understanding/blind-n.en-US.tsv", "/understanding/blind-o.en-US.tsv", "/understanding/blind-p.en-US.tsv",
            "/understanding/blind-r.en-US.tsv", "/understanding/blind-s.en-US.tsv", "/understanding/blind-t.en-US.tsv",
            "/understanding/blind-u.en-US.tsv", "/understanding/blind-x.en-US.tsv", "/understanding/blind-y.en-US.tsv",
            "/understanding/blind-z.en-US.tsv", "/understanding/blind-za.en-US.tsv",
            "/understanding/blind-zb.en-US.tsv", "/understanding/blind-zc.en-US.tsv",
            "/understanding/blind-ze.en-US.tsv", "/understanding/blind-zf.en-US.tsv");

    public static List<CorpusLine> all() {
        return read(RESOURCE);
    }

    /** The corpus and every blind set: all the lines the understanding is measured by and never trained on. */
    public static List<CorpusLine> everyEvaluationLine() {
        List<CorpusLine> lines = new ArrayList<>(all());
        BLIND_SETS.forEach(set -> lines.addAll(read(set)));
        return lines;
    }

    public static List<CorpusLine> read(String resource) {
        try (InputStream in = CorpusLine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No corpus at " + resource);
            }
            List<CorpusLine> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException("Not three tab-separated fields: " + line);
                }
                lines.add(new CorpusLine(fields[0], fields[1], fields[2]));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether what was heard (named as {@link HeardAnswer} names it) gives the emergency numbers: the safety guidance,
     * or the ways to reach help without calling, which end on the emergency number.
     */
    public static boolean isSafetyAnswer(String heard) {
        return heard.equals("safety") || heard.equals("nav:without-calling");
    }

    public boolean isSafety() {
        return label.startsWith("safety");
    }

    public boolean isNavigation() {
        return label.startsWith("nav:");
    }

    /**
     * Whether what was heard (named as {@link HeardAnswer} names it) answers this line's meaning: the safety
     * guidance for any danger, an exercise of the kind asked for, else the same meaning ("headline&feeling:sad"
     * answers both). Navigation depends on where the user is, so it is judged by the caller.
     */
    public boolean isAnsweredBy(String heard) {
        if (isSafety()) {
            return isSafetyAnswer(heard);
        }
        if (label.startsWith("selfcare:")) {
            return HeardAnswer.isOfKind(heard, label.substring("selfcare:".length()));
        }
        return heard.equals(label) || List.of(heard.split("&")).contains(label);
    }

    /** The choice offered in an either-or question ("which:first|second") that this line means, if any. */
    public java.util.Optional<String> choiceIn(String heard) {
        if (!heard.startsWith("which:")) {
            return java.util.Optional.empty();
        }
        String[] offered = heard.substring("which:".length()).split("\\|");
        String meant = label.replace("section:", "");
        return meant.equals(offered[0]) ? java.util.Optional.of("the first one")
                : meant.equals(offered[1]) ? java.util.Optional.of("the second one") : java.util.Optional.empty();
    }
}
