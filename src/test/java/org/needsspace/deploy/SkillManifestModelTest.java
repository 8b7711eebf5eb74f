package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.smapi.model.v1.skill.Manifest.DistributionCountries;
import com.amazon.ask.smapi.model.v1.skill.Manifest.InterfaceType;
import com.amazon.ask.smapi.model.v1.skill.Manifest.ManifestVersion;
import com.amazon.ask.smapi.model.v1.skill.Manifest.ModelInterface;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifest;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestEnvelope;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestLocalizedPublishingInformation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The skill package's manifest read into Amazon's own SMAPI model for Java, failing on a field or a value the model
 * does not know, for the manifest as committed and for every locale. The last tests show the check itself fails.
 */
class SkillManifestModelTest {

    private static final Path MANIFEST = Path.of("interaction-model/skill.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedManifestReadsIntoAmazonsModelWithEveryValueKnown() throws IOException {
        SkillManifest manifest = SmapiManifest.read(MANIFEST).getManifest();
        assertEquals(List.of(), SmapiManifest.unknownValues(SmapiManifest.read(MANIFEST)));
        assertEquals(ManifestVersion._1_0, manifest.getManifestVersion());
        assertNotNull(manifest.getApis().getCustom(), "a custom skill");
    }

    @Test
    void theCommittedManifestHoldsNothingADeployWouldSendAsAPlaceholder() throws IOException {
        JsonNode manifest = JSON.readTree(MANIFEST.toFile()).path("manifest");
        assertTrue(manifest.at("/apis/custom/endpoint").isMissingNode(), "src/deploy/deploy.sh writes the endpoint");
        assertTrue(manifest.at("/events/endpoint").isMissingNode(), "src/deploy/deploy.sh writes the events endpoint");
        assertTrue(manifest.at("/privacyAndCompliance/locales").isMissingNode(),
                "the privacy policy URL comes from deploy.sh --privacy-policy-url");
        String text = Files.readString(MANIFEST);
        for (String marker : List.of("REGION", "ACCOUNT_ID", "FUNCTION_NAME", "example.", "TODO", "placeholder", "your-")) {
            assertFalse(text.contains(marker), "skill.json contains " + marker);
        }
    }

    @ParameterizedTest
    @MethodSource("org.needsspace.content.ContentCatalog#supportedLocales")
    void everyLocaleIsPublishedWithWhatTheModelDescribes(String locale) throws IOException {
        SkillManifest manifest = SmapiManifest.read(MANIFEST).getManifest();
        SkillManifestLocalizedPublishingInformation published =
                manifest.getPublishingInformation().getLocales().get(locale);
        assertNotNull(published, locale + " in publishingInformation.locales");
        assertEquals("Partner Space Coach", published.getName());
        // Limits as the SMAPI specification states them for these fields.
        assertTrue(published.getSummary().length() <= 160, "summary at most 160 characters");
        assertTrue(published.getDescription().length() <= 4000, "description at most 4000 characters");
        assertTrue(published.getDescription().contains("general information, not professional advice"),
                "a health-related skill says so in its description (Amazon's policy requirements)");
        assertTrue(published.getKeywords().size() <= 30 && published.getKeywords().stream().allMatch(k -> k.length() <= 150),
                "at most 30 keywords of at most 150 characters");
        assertTrue(published.getExamplePhrases().stream().allMatch(p -> p.length() <= 200),
                "example phrases of at most 200 characters");
        assertTrue(manifest.getPublishingInformation().getDistributionCountries()
                        .contains(DistributionCountries.fromValue(locale.substring(3))),
                "distributed in " + locale.substring(3));
    }

    @Test
    void canFulfillIntentRequestIsTheOneInterfaceReadWithoutAClassOfTheModel() throws IOException {
        assertNotEquals(InterfaceType.UNKNOWN_TO_SDK_VERSION, InterfaceType.fromValue(SmapiManifest.CAN_FULFILL),
                "the model's own InterfaceType enum lists it");
        List<ModelInterface> interfaces = SmapiManifest.read(MANIFEST).getManifest().getApis().getCustom().getInterfaces();
        List<ModelInterface> withoutModelClass = interfaces.stream()
                .filter(declared -> !declared.getClass().getName().startsWith("com.amazon.ask.smapi.model."))
                .toList();
        assertEquals(1, withoutModelClass.size(), "only " + SmapiManifest.CAN_FULFILL + " is read by this test's class");
        assertEquals(SmapiManifest.CAN_FULFILL, withoutModelClass.get(0).getType());
        assertThrows(UnrecognizedPropertyException.class, () -> read(manifest -> ((ObjectNode) manifest
                .at("/apis/custom/interfaces/0")).put("supportedViewports", "none")),
                "it takes no field but its type");
    }

    // ---- the check itself fails ------------------------------------------------------------------------------------

    @Test
    void aFieldTheModelDoesNotKnowFailsTheRead() {
        assertThrows(UnrecognizedPropertyException.class, () -> read(manifest -> ((ObjectNode) manifest
                .at("/publishingInformation/locales/en-US")).put("tagline", "A coach")));
        assertThrows(UnrecognizedPropertyException.class, () -> read(manifest -> ((ObjectNode) manifest
                .at("/apis/custom/interfaces/1/supportedViewports/0")).put("minDpi", 160)));
    }

    @Test
    void aFieldBesideTheManifestFailsTheRead() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(MANIFEST.toFile());
        root.put("manifestVersion", "1.0");
        assertThrows(UnrecognizedPropertyException.class, () -> SmapiManifest.read(JSON.writeValueAsString(root)));
    }

    @Test
    void aValueTheModelDoesNotKnowIsNamed() throws IOException {
        List<String> unknown = SmapiManifest.unknownValues(read(manifest -> {
            ((ObjectNode) manifest.at("/apis/custom/interfaces/1/supportedViewports/0")).put("mode", "WATCH");
            ((ObjectNode) manifest.at("/events/subscriptions/0")).put("eventName", "SKILL_RENAMED");
        }));
        assertEquals(List.of("manifest.apis.custom.interfaces[1].supportedViewports[0].mode",
                "manifest.events.subscriptions[0].eventName"), unknown.stream().sorted().toList());
    }

    @Test
    void anInterfaceTheModelDoesNotKnowFailsTheRead() {
        assertThrows(InvalidTypeIdException.class, () -> read(manifest -> ((ObjectNode) manifest
                .at("/apis/custom/interfaces/0")).put("type", "HOLOGRAM")));
    }

    @Test
    void absentOptionalValuesAreNotCountedAsUnknown() throws IOException {
        SkillManifestEnvelope envelope = read(manifest ->
                ((ObjectNode) manifest.at("/apis/custom/interfaces/1/supportedViewports/0")).remove("minWidth"));
        assertFalse(SmapiManifest.unknownValues(envelope).contains(
                "manifest.apis.custom.interfaces[1].supportedViewports[0].minWidth"));
        assertEquals(List.of(), SmapiManifest.unknownValues(envelope));
    }

    private static SkillManifestEnvelope read(Consumer<JsonNode> change)
            throws IOException {
        JsonNode root = JSON.readTree(Files.readString(MANIFEST));
        change.accept(root.path("manifest"));
        return SmapiManifest.read(JSON.writeValueAsString(root));
    }
}
