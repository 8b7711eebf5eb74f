package org.needsspace.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file's content all at once: the new content is written beside it and moved over it, so a reader sees
 * the old file or the new one, never half of one; a write that fails leaves the old file and nothing else behind.
 */
final class AtomicFile {

    /** Writes the new content into the file it is given. */
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    static void replace(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            content.writeTo(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
