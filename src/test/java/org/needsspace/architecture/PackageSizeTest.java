package org.needsspace.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No production package grows into a room that holds everything: a newcomer finds a class by its package. */
class PackageSizeTest {

    private static final int MOST_FILES_IN_A_PACKAGE = 25;
    private static final Path PRODUCTION = Path.of("src", "main", "java");

    @Test
    void noProductionPackageHoldsMoreThanTwentyFiveFiles() throws IOException {
        Map<Path, Long> filesByPackage;
        try (Stream<Path> files = Files.walk(PRODUCTION)) {
            filesByPackage = files.filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(file -> PRODUCTION.relativize(file.getParent()), TreeMap::new,
                            Collectors.counting()));
        }

        assertTrue(filesByPackage.size() > 10, "the production packages were found: " + filesByPackage);
        filesByPackage.forEach((folder, count) -> assertTrue(count <= MOST_FILES_IN_A_PACKAGE,
                folder + " holds " + count + " files"));
    }
}
