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
record CorpusLine(String category, String label, String words) {

    static final String RESOURCE = "/understanding/corpus.en-US.tsv";

    static List<CorpusLine> all() {
        try (InputStream in = CorpusLine.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No corpus at " + RESOURCE);
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

    boolean isSafety() {
        return label.startsWith("safety");
    }
}
