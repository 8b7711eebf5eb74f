package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every locale shows a small (108 x 108) and a large (512 x 512) PNG icon, carried in the skill package and
 * referenced as file:// paths inside it: ASK CLI v2 uploads such files with the package (src/tools/DrawIcons.java
 * draws them).
 */
class SkillIconsTest {

    private static final Path PACKAGE = Path.of("interaction-model");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @ParameterizedTest
    @MethodSource("org.needsspace.content.ContentCatalog#supportedLocales")
    void theLocaleHasBothIconsInThePackageAtAmazonsSizes(String locale) throws IOException {
        JsonNode published = new ObjectMapper().readTree(PACKAGE.resolve("skill.json").toFile())
                .at("/manifest/publishingInformation/locales/" + locale);
        assertIcon(published.path("smallIconUri").asText(), 108);
        assertIcon(published.path("largeIconUri").asText(), 512);
    }

    private static void assertIcon(String uri, int size) throws IOException {
        assertTrue(uri.startsWith("file://assets/images/") && uri.endsWith(".png") && !uri.contains(".."),
                uri + " is a PNG under the package's assets/images, as ASK CLI v2 uploads local files");
        Path file = PACKAGE.resolve(uri.substring("file://".length()));
        assertTrue(Files.isRegularFile(file), file + " exists");
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length), file + " is a PNG");
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(size, image.getWidth(), file + " width");
        assertEquals(size, image.getHeight(), file + " height");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < size; y += 4) {
            for (int x = 0; x < size; x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() >= 4, file + " is a drawing, not a blank");
    }
}
