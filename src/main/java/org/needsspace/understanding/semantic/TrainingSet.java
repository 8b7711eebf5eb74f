package org.needsspace.understanding.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The training files of a locale: one tab-separated file per author ({@code <author>.tsv}), a line each
 * {@code meaning, style, words}; lines starting with # are comments.
 */
public final class TrainingSet {

    /** How a line says its meaning: plainly, without the obvious words, as a harmless figure of speech, as danger named and denied, ... */
    public static final Set<String> STYLES = Set.of("direct", "indirect", "figure", "negated", "venting", "plain");

    private TrainingSet() {
    }

    public record Styled(TrainingLine line, String style) {
    }

    /** Every line of every author in the folder, authors in the order of their names. */
    public static List<Styled> read(Path folder) {
        List<Styled> lines = new ArrayList<>();
        for (Path file : files(folder)) {
            String author = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            lines.addAll(parse(author, text(file)));
        }
        return lines;
    }

    static List<Styled> parse(String author, String text) {
        List<Styled> lines = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3 || !STYLES.contains(fields[1].trim())) {
                throw new IllegalArgumentException(author + " line " + number + ": not 'meaning, style, words': " + line);
            }
            lines.add(new Styled(new TrainingLine(fields[0].trim(), author, fields[2].trim()), fields[1].trim()));
        }
        return lines;
    }

    /** A digest of the folder's files and the encoder's name: equal digests, equal vectors. */
    public static String digest(Path folder, String encoder, String... others) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoder.getBytes(StandardCharsets.UTF_8));
            for (Path file : files(folder)) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            for (String other : others) {
                sha.update(other.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> file.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No training files in " + folder, e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
