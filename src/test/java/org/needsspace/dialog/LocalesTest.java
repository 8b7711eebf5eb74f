package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.TestContent;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.console.UtteranceMapper;
import org.needsspace.content.Content;
import org.needsspace.content.ContentCatalog;
import org.needsspace.content.SafetyGuidance;
import org.needsspace.content.SafetyResource;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.skill.SkillFactory;

/**
 * Every locale through the real skill, with that locale's model: the guide is the same, the safety answer has the
 * country's own numbers (each cited, with its hours, read as people there say it) and no other country's.
 */
class LocalesTest {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");
    private static final Pattern DIGIT_SEPARATOR = Pattern.compile("(?<=\\d)[ -](?=\\d)");

    /** The numbers each locale ships, in the order it says them. */
    private static final Map<String, List<String>> NUMBERS = Map.of(
            "en-US", List.of("911", "1-800-799-7233", "988"),
            "en-GB", List.of("999", "0808 2000 247", "0808 801 0327", "116 123"),
            "en-CA", List.of("911", "988"),
            "en-AU", List.of("000", "1800 737 732", "13 11 14"),
            "en-IN", List.of("112", "14416"));

    private final com.amazon.ask.CustomSkill skill = SkillFactory.create(
            new Turns(TestContent.CATALOG, new InMemoryProgressStore(),
                    Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC), () -> new Random(42)),
            TestContent.CATALOG, Optional.empty());

    static List<String> locales() {
        return ContentCatalog.supportedLocales();
    }

    private Response say(String locale, String words) {
        return say(locale, locale, words);
    }

    private Response say(String locale, String modelLocale, String words) {
        LocalRequests requests = new LocalRequests(LocalRequests.userIdFor("locale-" + locale), LocalRequests.LOCAL_SKILL_ID, locale);
        ResponseEnvelope envelope = skill.invoke(requests.intent(LocalRequests.newSessionId(), true, new HashMap<>(),
                UtteranceMapper.forLocale(modelLocale).map(words)));
        return envelope.getResponse();
    }

    private static String ssml(Response response) {
        return ((SsmlOutputSpeech) response.getOutputSpeech()).getSsml();
    }

    private static Set<String> numbersIn(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher runs = DIGIT_RUN.matcher(DIGIT_SEPARATOR.matcher(text).replaceAll(""));
        while (runs.find()) {
            numbers.add(runs.group());
        }
        return numbers;
    }

    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theSafetyAnswerHasTheCountrysOwnNumbersAndNoOtherCountrys(String locale) {
        Response response = say(locale, "I'm not safe");
        String heard = Speech.plainText(ssml(response)) + "\n" + ((SimpleCard) response.getCard()).getContent();
        Set<String> said = numbersIn(heard);
        Set<String> own = new TreeSet<>(NUMBERS.get(locale).stream().map(LocalesTest::digits).toList());
        assertTrue(said.containsAll(own), locale + " says " + own + ": " + heard);
        NUMBERS.forEach((other, numbers) -> numbers.stream().map(LocalesTest::digits)
                .filter(number -> !own.contains(number))
                .forEach(number -> assertFalse(said.contains(number), locale + " says " + other + "'s " + number + ": " + heard)));
        assertEquals(NUMBERS.get(locale),
                TestContent.CATALOG.forLocale(locale).safety().resources().stream().map(SafetyResource::number).toList());
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "en-GB | call nine nine nine", "en-GB | nine nine nine", "en-GB | one one two", "en-GB | should I ring 999",
            "en-AU | triple zero", "en-AU | call triple zero", "en-AU | zero zero zero", "en-AU | I think I need to ring 000",
            "en-IN | one one two", "en-IN | call the police", "en-IN | I want to dial 112 right now"})
    void theCountrysOwnEmergencyWordsGetItsSafetyAnswer(String locale, String words) {
        Set<String> said = numbersIn(Speech.plainText(ssml(say(locale, words))));

        assertTrue(said.containsAll(NUMBERS.get(locale).stream().map(LocalesTest::digits).toList()), locale + ": " + said);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void someoneWhoCannotCallHearsTheCountrysWaysToTextAndItsEmergencyNumber(String locale) {
        SafetyGuidance safety = TestContent.CATALOG.forLocale(locale).safety();
        Set<String> said = numbersIn(Speech.plainText(ssml(say(locale, "I can't call, he'll hear me"))));

        safety.withoutCalling().forEach(way -> assertTrue(said.contains(digits(way.number())), locale + " " + way.id() + ": " + said));
        assertTrue(said.contains(digits(safety.resources().get(0).number())), locale + ": " + said);
        NUMBERS.forEach((other, numbers) -> numbers.stream().map(LocalesTest::digits)
                .filter(number -> !other.equals(locale) && !NUMBERS.get(locale).stream().map(LocalesTest::digits).toList().contains(number))
                .forEach(number -> assertFalse(said.contains(number), locale + " says " + other + "'s " + number)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void saysNoOtherCountrysNumberAnywhereInItsPhrases(String locale) {
        Content content = TestContent.CATALOG.forLocale(locale);
        Set<String> own = new TreeSet<>(NUMBERS.get(locale).stream().map(LocalesTest::digits).toList());
        content.phrases().forEach((key, wordings) -> wordings.forEach(wording -> numbersIn(Speech.plainText(wording)).stream()
                .filter(number -> number.length() >= 3 && !own.contains(number))
                .forEach(number -> assertFalse(NUMBERS.values().stream().flatMap(List::stream).map(LocalesTest::digits)
                        .anyMatch(number::equals), locale + " phrase " + key + " says another country's " + number))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyNumberIsCitedToAnOfficialPageOrToTwoReports(String locale) {
        SafetyGuidance safety = TestContent.CATALOG.forLocale(locale).safety();
        assertFalse(safety.withoutCalling().isEmpty(), locale + " has a way to reach help without calling");
        for (SafetyResource resource : Stream.concat(safety.resources().stream(), safety.withoutCalling().stream()).toList()) {
            assertTrue(resource.spoken().contains("{number}"), resource.id() + " speaks its number");
            assertTrue(resource.display().contains(resource.number()) || resource.display().contains(
                    resource.number().replace(" ", "-")) || resource.display().contains("9-1-1"), resource.id() + " shows its number");
            assertTrue(resource.hoursSource() == null || resource.hoursSource().startsWith("https://"), resource.id());
            if (resource.isReported()) {
                assertTrue(resource.reportedBy().size() >= 2, locale + " " + resource.id() + " has two reports");
                assertTrue(resource.reportedBy().stream().allMatch(report -> report.startsWith("https://")), resource.id());
            } else {
                assertTrue(resource.source().startsWith("https://"), locale + " " + resource.id());
                if (!locale.equals(ContentCatalog.DEFAULT_LOCALE)) {
                    assertFalse(resource.hours() == null || resource.hours().isBlank(), locale + " " + resource.id() + " says its hours");
                }
            }
        }
    }

    static Stream<Arguments> readings() {
        return Stream.of(
                Arguments.of("en-GB", "999", "<say-as interpret-as=\"digits\">999</say-as>"),
                Arguments.of("en-GB", "116 123", "<say-as interpret-as=\"digits\">116</say-as><break time=\"200ms\"/>"
                        + "<say-as interpret-as=\"digits\">123</say-as>"),
                Arguments.of("en-GB", "0808 2000 247", "<sub alias=\"oh eight oh eight\">0808</sub><break time=\"200ms\"/>"
                        + "<sub alias=\"two thousand\">2000</sub><break time=\"200ms\"/><say-as interpret-as=\"digits\">247</say-as>"),
                Arguments.of("en-AU", "000", "<sub alias=\"triple zero\">000</sub>"),
                Arguments.of("en-AU", "13 11 14", "<say-as interpret-as=\"cardinal\">13</say-as><break time=\"200ms\"/>"
                        + "<say-as interpret-as=\"cardinal\">11</say-as><break time=\"200ms\"/><say-as interpret-as=\"cardinal\">14</say-as>"),
                Arguments.of("en-AU", "1800 737 732", "<sub alias=\"one eight hundred\">1800</sub><break time=\"200ms\"/>"
                        + "<say-as interpret-as=\"digits\">737</say-as><break time=\"200ms\"/><say-as interpret-as=\"digits\">732</say-as>"),
                Arguments.of("en-CA", "911", "<say-as interpret-as=\"digits\">911</say-as>"),
                Arguments.of("en-IN", "112", "<say-as interpret-as=\"digits\">112</say-as>"),
                Arguments.of("en-US", "1-800-799-7233", "<say-as interpret-as=\"telephone\">1-800-799-7233</say-as>"));
    }

    @ParameterizedTest(name = "{0} reads {1} as people there say it")
    @MethodSource("readings")
    void eachNumberIsReadTheWayPeopleThereSayIt(String locale, String number, String ssml) {
        assertTrue(ssml(say(locale, "I'm not safe")).contains(ssml), locale + " " + number);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void wordsForANumberSayItsDigits(String locale) {
        Pattern alias = Pattern.compile("<sub alias=\"([^\"]+)\">([^<]+)</sub>");
        Matcher matcher = alias.matcher(ssml(say(locale, "I'm not safe")));
        while (matcher.find()) {
            assertEquals(matcher.group(2), SpokenDigits.of(matcher.group(1)), "\"" + matcher.group(1) + "\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theGuideIsTheSameInEveryLocale(String locale) {
        assertEquals(TestContent.english().guide(), TestContent.CATALOG.forLocale(locale).guide());
        Response headline = say(locale, "what should I do if he needs space");
        assertTrue(Speech.plainText(ssml(headline)).contains(TestContent.english().guide().sections().get(0).text()), locale);
        Response topic = say(locale, "how do I practice active listening");
        assertTrue(Speech.plainText(ssml(topic)).contains(TestContent.english().guide().sections().get(1).text()), locale);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @org.junit.jupiter.params.provider.CsvSource({
            "en-AU, honestly my bloke has been hitting me",
            "en-GB, so my hubby keeps hitting me",
            "en-IN, honestly my hubby has been hitting me"})
    void localWordsForAPartnerStillReachTheSafetyGuidance(String locale, String words) {
        String heard = Speech.plainText(ssml(say(locale, words)));
        assertTrue(heard.contains(TestContent.CATALOG.forLocale(locale).safety().intro()), heard);
    }

    @Test
    void aLocaleTheSkillDoesNotHaveIsAnsweredInEnglishOfTheUnitedStatesWithALogLine() {
        PrintStream console = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        Response response;
        try {
            response = say("de-DE", "en-US", "I'm not safe");
        } finally {
            System.setErr(console);
        }
        String heard = Speech.plainText(ssml(response));
        assertTrue(heard.contains("1-800-799-7233") || heard.contains("988"), heard);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("No content for locale de-DE: answering in en-US"),
                log.toString(StandardCharsets.UTF_8));
    }
}
