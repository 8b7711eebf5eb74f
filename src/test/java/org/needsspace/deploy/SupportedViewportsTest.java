package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.smapi.model.v1.skill.Manifest.AlexaPresentationAplInterface;
import com.amazon.ask.smapi.model.v1.skill.Manifest.ViewportMode;
import com.amazon.ask.smapi.model.v1.skill.Manifest.ViewportShape;
import com.amazon.ask.smapi.model.v1.skill.Manifest.ViewportSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screens the manifest declares, each in the form Amazon documents for a viewport profile. */
class SupportedViewportsTest {

    /** Shows the manifest object of the four profiles every APL skill must support. */
    static final String APL_INTERFACE_PAGE = "https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/"
            + "apl-support-for-your-skill.html";
    /** Lists the required profiles and recommends Hub Landscape Small: width 960 to 1280, height under 600. */
    static final String PROFILES_PAGE = "https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/"
            + "apl-select-the-viewport-profiles-your-skill-supports.html";

    record Spec(ViewportMode mode, ViewportShape shape, int minWidth, int maxWidth, int minHeight, int maxHeight) {

        static Spec of(ViewportSpecification declared) {
            return new Spec(declared.getMode(), declared.getShape(), declared.getMinWidth(), declared.getMaxWidth(),
                    declared.getMinHeight(), declared.getMaxHeight());
        }

        boolean holds(ViewportMode deviceMode, ViewportShape deviceShape, int width, int height) {
            return mode == deviceMode && shape == deviceShape && minWidth <= width && width <= maxWidth
                    && minHeight <= height && height <= maxHeight;
        }
    }

    private static final Map<String, Spec> DOCUMENTED = new LinkedHashMap<>();

    static {
        DOCUMENTED.put("hubRoundSmall", new Spec(ViewportMode.HUB, ViewportShape.ROUND, 100, 599, 100, 599));
        // In APL_INTERFACE_PAGE's form, with PROFILES_PAGE's bounds (its JSON is not on either page).
        DOCUMENTED.put("hubLandscapeSmall", new Spec(ViewportMode.HUB, ViewportShape.RECTANGLE, 960, 1279, 100, 599));
        DOCUMENTED.put("hubLandscapeMedium", new Spec(ViewportMode.HUB, ViewportShape.RECTANGLE, 960, 1279, 600, 959));
        DOCUMENTED.put("hubLandscapeLarge", new Spec(ViewportMode.HUB, ViewportShape.RECTANGLE, 1280, 1920, 600, 1279));
        DOCUMENTED.put("tvLandscapeXLarge", new Spec(ViewportMode.TV, ViewportShape.RECTANGLE, 960, 960, 540, 540));
    }

    private static List<Spec> declared;

    @BeforeAll
    static void read() throws IOException {
        AlexaPresentationAplInterface apl = SmapiManifest.read(Path.of("interaction-model/skill.json")).getManifest()
                .getApis().getCustom().getInterfaces().stream()
                .filter(AlexaPresentationAplInterface.class::isInstance)
                .map(AlexaPresentationAplInterface.class::cast)
                .findFirst().orElseThrow();
        declared = apl.getSupportedViewports().stream().map(Spec::of).toList();
    }

    @Test
    void theRequiredProfilesAndTheRecommendedSmallHubAreDeclaredAsDocumented() {
        assertEquals(List.copyOf(DOCUMENTED.values()), declared);
    }

    @Test
    void theDevicesTheScreensWereDrawnAndMeasuredForAreAllDeclared() {
        // The viewports of docs/screens and SafetyPageFitTest.
        assertTrue(declared.stream().anyMatch(spec -> spec.holds(ViewportMode.HUB, ViewportShape.RECTANGLE, 960, 480)),
                "Echo Show 5");
        assertTrue(declared.stream().anyMatch(spec -> spec.holds(ViewportMode.HUB, ViewportShape.RECTANGLE, 1024, 600)),
                "a 1024 x 600 hub");
        assertTrue(declared.stream().anyMatch(spec -> spec.holds(ViewportMode.HUB, ViewportShape.RECTANGLE, 1280, 800)),
                "Echo Show 8");
        assertTrue(declared.stream().anyMatch(spec -> spec.holds(ViewportMode.HUB, ViewportShape.ROUND, 480, 480)),
                "Echo Spot");
        assertTrue(declared.stream().anyMatch(spec -> spec.holds(ViewportMode.TV, ViewportShape.RECTANGLE, 960, 540)),
                "Fire TV");
    }
}
