package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needsspace.console.UtteranceMapper;

/**
 * The testing instructions tell a certifier how to try what needs telling (the reminder and its permission, screens,
 * the safety answer, forget me), and everything they tell the certifier to say reaches the intent meant.
 */
class TestingInstructionsTest {

    private static final String OPEN = "Alexa, open partner space coach";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private static String instructions;

    @BeforeAll
    static void read() throws IOException {
        instructions = SmapiManifest.read(Path.of("interaction-model/skill.json")).getManifest()
                .getPublishingInformation().getTestingInstructions();
    }

    @Test
    void fitTheManifestsLimit() {
        assertTrue(instructions.length() <= 4000, "testingInstructions: at most 4000 characters, " + instructions.length());
    }

    @Test
    void tellHowToTryTheReminderItsPermissionScreensTheSafetyAnswerAndForgetMe() {
        for (String told : new String[] {"Daily reminder (uses the reminders permission)", "under Reminders",
                "Screens: on an Echo Show", "Safety: say \"I don't feel safe\"", "Forget me: say \"forget me\"",
                "privacy policy", "en-US, en-GB, en-CA, en-AU and en-IN"}) {
            assertTrue(instructions.contains(told), "the instructions say: " + told);
        }
    }

    @Test
    void everythingACertifierIsToldToSayReachesTheIntentMeant() throws IOException {
        Map<String, String> heard = new LinkedHashMap<>();
        UtteranceMapper mapper = usEnglishModel();
        Matcher quoted = QUOTED.matcher(instructions);
        while (quoted.find()) {
            String said = quoted.group(1);
            heard.put(said, said.equals(OPEN) ? "LaunchRequest" : mapper.map(said).getName());
        }
        Map<String, String> meant = new LinkedHashMap<>();
        meant.put(OPEN, "LaunchRequest");
        meant.put("what should I do when someone needs space", "NeedsSpaceIntent");
        meant.put("yes", "AMAZON.YesIntent");
        meant.put("go to step three", "GoToStepIntent");
        meant.put("what are the steps", "ListStepsIntent");
        meant.put("stop", "AMAZON.StopIntent");
        meant.put("remind me to take care of myself every evening at eight", "SetReminderIntent");
        meant.put("what time is my reminder", "ReminderTimeIntent");
        meant.put("change my reminder to nine pm", "ChangeReminderIntent");
        meant.put("stop my reminders", "CancelReminderIntent");
        meant.put("give me a breathing exercise", "SelfCareIntent");
        meant.put("no", "AMAZON.NoIntent");
        meant.put("I don't feel safe", "SafetyIntent");
        // The catch-all's words: the understanding repeats the numbers (FreeTextConversationTest).
        meant.put("say those numbers again", "FreeTextIntent");
        meant.put("forget me", "ForgetMeIntent");
        assertEquals(meant, heard);
    }

    private static UtteranceMapper usEnglishModel() throws IOException {
        try (InputStream model = Files.newInputStream(Path.of("interaction-model/interactionModels/custom/en-US.json"));
             InputStream phrases = TestingInstructionsTest.class.getResourceAsStream("/console/built-in-phrases.en-US.json")) {
            return UtteranceMapper.load(model, phrases);
        }
    }
}
