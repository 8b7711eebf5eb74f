package org.needsspace.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.SsmlCheck;
import org.needsspace.TestContent;
import org.needsspace.domain.Section;
import org.needsspace.domain.SelfCarePrompt;
import org.needsspace.domain.Step;

class ContentTest {

    private final Content content = TestContent.english();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.needsspace.content.ContentCatalog#supportedLocales")
    void carriesEverySectionOfTheSeedGuideWordForWord(String locale) throws IOException {
        Content content = TestContent.CATALOG.forLocale(locale);
        assertEquals(locale, content.locale());
        List<String> seed = seedParagraphs();
        assertEquals(normalise(seed.get(1)), content.guide().intro(), "the intro paragraph");
        List<String> expected = new ArrayList<>();
        for (String paragraph : seed.subList(2, seed.size())) {
            if (!paragraph.matches("\\d\\. .*")) {
                expected.add(normalise(paragraph));
            }
        }
        List<String> actual = content.guide().sections().stream()
                .map(section -> section.title() + ": " + section.text())
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void hasTheSixStepsOfTheSeedInOrderWithStableIds() throws IOException {
        List<String> seedSteps = seedParagraphs().stream().filter(p -> p.matches("\\d\\. .*")).toList();
        List<String> steps = content.guide().steps().stream().map(step -> step.number() + ". " + step.title()).toList();
        assertEquals(seedSteps, steps);
        assertEquals(List.of("communicate", "respect-boundaries", "focus-on-yourself", "reassurance",
                "evaluate-the-relationship", "seek-support"), content.guide().steps().stream().map(Step::id).toList());
        assertEquals(List.of("initiating-the-conversation", "active-listening", "giving-space-without-disconnecting",
                        "maintaining-independence", "self-care-practices", "pursuing-interests", "expressing-support",
                        "avoiding-pressure", "reflecting-on-needs", "future-discussions", "friends-and-family",
                        "professional-guidance"),
                content.guide().sections().stream().map(Section::id).toList());
    }

    @Test
    void offersAtLeastTwentyHandsFreeSelfCarePromptsOfEveryKind() {
        List<SelfCarePrompt> prompts = content.selfCare();
        assertTrue(prompts.size() >= 20, "20 or more prompts, has " + prompts.size());
        assertEquals(prompts.size(), prompts.stream().map(SelfCarePrompt::id).distinct().count(), "unique ids");
        Set<String> kinds = prompts.stream().flatMap(prompt -> prompt.kinds().stream()).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("breathing", "grounding", "meditation", "movement", "sleep", "creative",
                "hobby", "connection", "goals", "compassion")), "kinds: " + kinds);
        prompts.forEach(prompt -> SsmlCheck.assertValidFragment(prompt.ssml()));
    }

    @Test
    void includesABreathingExercisePacedWithTimedPauses() {
        assertTrue(content.selfCare().stream()
                .filter(prompt -> prompt.isOfKind("breathing"))
                .anyMatch(prompt -> prompt.ssml().split("<break time=\"\\d+s\"/>", -1).length > 4));
    }

    @Test
    void theDisclaimerIsOneSentenceOfGeneralInformationNotAdvice() {
        String disclaimer = content.disclaimer();
        assertEquals(1, disclaimer.split("[.!?](\\s|$)").length);
        assertTrue(disclaimer.contains("not professional advice"));
    }

    @Test
    void everySafetyNumberCarriesItsOfficialSource() {
        List<SafetyResource> resources = content.safety().resources();
        assertEquals(List.of("911", "1-800-799-7233", "988"), resources.stream().map(SafetyResource::number).toList());
        assertEquals("88788", resources.get(1).textNumber());
        resources.forEach(resource -> {
            assertTrue(resource.source().startsWith("https://"), resource.id() + " cites an https source");
            assertTrue(resource.spoken().contains("{number}"), resource.id() + " speaks its number");
        });
        assertTrue(resources.get(1).spoken().contains("START"), "text START to 88788");
    }

    @Test
    void everyPhraseIsPresentAndIsValidSsmlOnceFilled() {
        for (Phrase phrase : Phrase.values()) {
            String template = content.template(phrase);
            assertFalse(template.isBlank(), phrase.key());
            SsmlCheck.assertValidFragment(template.replaceAll("\\{[A-Za-z]+}", "x"));
        }
    }

    @Test
    void contentWithoutScreenTextAPacedExerciseOffTimeOrANumberWithoutItsPurposeIsRefused() {
        Content english = TestContent.english();
        Content screenless = new Content(english.locale(), english.skillName(), english.guide(), english.disclaimer(),
                english.stepsOverview(), english.numberWords(), english.safety(), english.selfCare(), english.feelings(),
                english.sectionSummaries(), null, english.phrases(), english.understanding());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ContentLoader.validated(screenless));
        assertTrue(refused.getMessage().contains("no screen text section.stepOf"), refused.getMessage());

        SelfCarePrompt box = english.selfCare().stream().filter(prompt -> prompt.id().equals("box-breathing"))
                .findFirst().orElseThrow();
        List<SelfCarePrompt> offTime = new ArrayList<>(english.selfCare());
        offTime.set(offTime.indexOf(box), new SelfCarePrompt(box.id(), box.kinds(), box.ssml(), List.of("in", "out")));
        SafetyResource emergency = english.safety().resources().get(0);
        List<SafetyResource> numbers = new ArrayList<>(english.safety().resources());
        numbers.set(0, new SafetyResource(emergency.id(), emergency.spoken(), emergency.display(), " ",
                emergency.number(), emergency.textNumber(), emergency.source(), emergency.reportedBy(), emergency.hours(),
                emergency.hoursSource(), emergency.sayAs(), emergency.groupWords()));
        Content broken = new Content(english.locale(), english.skillName(), english.guide(), english.disclaimer(),
                english.stepsOverview(), english.numberWords(),
                new SafetyGuidance(english.safety().intro(), numbers, english.safety().outro(),
                        english.safety().withoutCalling()), offTime,
                english.feelings(), english.sectionSummaries(), english.screen(), english.phrases(),
                english.understanding());
        refused = assertThrows(IllegalStateException.class, () -> ContentLoader.validated(broken));
        assertTrue(refused.getMessage().contains("exercise box-breathing names 2 breathing phases for 11 pauses"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("safety number emergency says nothing of what it is for"),
                refused.getMessage());
        assertEquals(english, ContentLoader.validated(english));
    }

    @Test
    void aNumberWithNeitherAnOfficialPageNorTwoIndependentReportsIsRefused() {
        Content english = TestContent.english();
        SafetyResource hotline = english.safety().resources().get(1);
        SafetyResource oneReport = new SafetyResource(hotline.id(), hotline.spoken(), hotline.display(), hotline.purpose(),
                hotline.number(), hotline.textNumber(), null, List.of("https://news.example/a", "https://news.example/b"),
                hotline.hours(), hotline.hoursSource(), hotline.sayAs(), hotline.groupWords());
        SafetyResource twoReports = new SafetyResource(hotline.id(), hotline.spoken(), hotline.display(), hotline.purpose(),
                hotline.number(), hotline.textNumber(), null, List.of("https://news.example/a", "https://paper.example/b"),
                hotline.hours(), hotline.hoursSource(), hotline.sayAs(), hotline.groupWords());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ContentLoader.validated(withSecondNumber(english, oneReport)));
        assertTrue(refused.getMessage().contains("safety number " + hotline.id() + " is cited neither to an official page"
                + " nor to two independent reports"), refused.getMessage());
        assertTrue(ContentLoader.isCited(twoReports));
        assertEquals(withSecondNumber(english, twoReports), ContentLoader.validated(withSecondNumber(english, twoReports)));
    }

    @Test
    void everyLocaleHasAWayToReachHelpWithoutCalling() {
        Content english = TestContent.english();
        Content none = new Content(english.locale(), english.skillName(), english.guide(), english.disclaimer(),
                english.stepsOverview(), english.numberWords(), new SafetyGuidance(english.safety().intro(),
                english.safety().resources(), english.safety().outro(), List.of()), english.selfCare(),
                english.feelings(), english.sectionSummaries(), english.screen(), english.phrases(), english.understanding());

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ContentLoader.validated(none));
        assertTrue(refused.getMessage().contains("no way to reach help without calling"), refused.getMessage());
    }

    private static Content withSecondNumber(Content english, SafetyResource number) {
        List<SafetyResource> numbers = new ArrayList<>(english.safety().resources());
        numbers.set(1, number);
        return new Content(english.locale(), english.skillName(), english.guide(), english.disclaimer(),
                english.stepsOverview(), english.numberWords(), new SafetyGuidance(english.safety().intro(), numbers,
                english.safety().outro(), english.safety().withoutCalling()), english.selfCare(), english.feelings(),
                english.sectionSummaries(), english.screen(), english.phrases(), english.understanding());
    }

    @Test
    void anUnknownLocaleGetsTheDefaultContent() {
        assertEquals("en-US", TestContent.CATALOG.forLocale("xx-YY").locale());
        assertEquals("en-US", TestContent.CATALOG.forLocale(null).locale());
    }

    private static List<String> seedParagraphs() throws IOException {
        try (InputStream in = ContentTest.class.getResourceAsStream("/seed/he-says-he-needs-space.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        }
    }

    /** Typographic quotes and dashes may be normalised; nothing else may change. */
    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace(":  ", ": ").strip();
    }
}
