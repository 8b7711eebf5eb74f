package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path directory;

    @Test
    void theNewContentReplacesTheOldAndNothingElseIsLeft() throws IOException {
        Path file = directory.resolve("progress.json");
        Files.writeString(file, "old");

        AtomicFile.replace(file, temporary -> Files.writeString(temporary, "new"));

        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), filesIn(directory));
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = directory.resolve("progress.json");
        Files.writeString(file, "old");

        IOException failure = assertThrows(IOException.class, () -> AtomicFile.replace(file, temporary -> {
            Files.writeString(temporary, "half");
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), filesIn(directory));
    }

    @Test
    void aWriterThatThrowsAnUncheckedExceptionLeavesNoTemporaryFileEither() throws IOException {
        Path file = directory.resolve("progress.json");

        assertThrows(UncheckedIOException.class, () -> AtomicFile.replace(file, temporary -> {
            throw new UncheckedIOException(new IOException("serialisation failed"));
        }));

        assertEquals(List.of(), filesIn(directory));
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
