package org.needsspace.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a response envelope the way Alexa would: SSML that parses as XML and uses only Alexa's tags and attribute
 * values, the length limits, no speech, card or reprompt where Alexa forbids them, and a reprompt whenever the
 * session stays open. {@link #problems} lists every violation; {@link #assertValid} fails on the first list.
 */
public final class AlexaResponseValidator {

    public static final int MAX_SPEECH_CHARS = 8000;
    public static final int MAX_CARD_CHARS = 8000;
    public static final int MAX_RESPONSE_BYTES = 120 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SILENT_TYPES = Set.of("SessionEndedRequest", "System.ExceptionEncountered",
            "CanFulfillIntentRequest");
    private static final Pattern TIME = Pattern.compile("(\\d+(\\.\\d+)?)(ms|s)");
    private static final Pattern PERCENT = Pattern.compile("\\d+(\\.\\d+)?%");
    private static final Pattern SIGNED_PERCENT = Pattern.compile("[+-]\\d+(\\.\\d+)?%");
    private static final Pattern DECIBELS = Pattern.compile("[+-]\\d+(\\.\\d+)?dB");

    /** Allowed attributes and, where Alexa fixes them, their values (null: any non-empty value, checked below). */
    private static final Map<String, Map<String, Set<String>>> TAGS = Map.ofEntries(
            Map.entry("speak", Map.of()),
            Map.entry("p", Map.of()),
            Map.entry("s", Map.of()),
            Map.entry("break", mapOf("time", null,
                    "strength", Set.of("none", "x-weak", "weak", "medium", "strong", "x-strong"))),
            Map.entry("emphasis", mapOf("level", Set.of("strong", "moderate", "reduced"))),
            Map.entry("lang", mapOf("xml:lang", Set.of("en-US", "en-GB", "en-IN", "en-AU", "en-CA", "de-DE", "es-ES",
                    "es-MX", "es-US", "fr-CA", "fr-FR", "hi-IN", "it-IT", "ja-JP", "pt-BR"))),
            Map.entry("say-as", mapOf("interpret-as", Set.of("characters", "spell-out", "cardinal", "number",
                    "ordinal", "digits", "fraction", "unit", "date", "time", "telephone", "address", "interjection",
                    "expletive"), "format", null)),
            Map.entry("sub", mapOf("alias", null)),
            Map.entry("phoneme", mapOf("alphabet", Set.of("ipa", "x-sampa"), "ph", null)),
            Map.entry("prosody", mapOf("rate", null, "pitch", null, "volume", null)),
            Map.entry("audio", mapOf("src", null)),
            Map.entry("voice", mapOf("name", null)),
            Map.entry("w", mapOf("role", Set.of("amazon:VB", "amazon:VBD", "amazon:NN", "amazon:SENSE_1"))),
            Map.entry("amazon:effect", mapOf("name", Set.of("whispered"))),
            Map.entry("amazon:domain", mapOf("name", Set.of("conversational", "long-form", "music", "news", "fun"))),
            Map.entry("amazon:emotion", mapOf("name", Set.of("excited", "disappointed"),
                    "intensity", Set.of("low", "medium", "high"))));

    private AlexaResponseValidator() {
    }

    public static void assertValid(String requestType, String responseJson) {
        List<String> problems = problems(requestType, responseJson);
        if (!problems.isEmpty()) {
            throw new AssertionError("Response to " + requestType + " breaks Alexa's rules: " + problems
                    + "\n" + responseJson);
        }
    }

    public static List<String> problems(String requestType, String responseJson) {
        List<String> problems = new ArrayList<>();
        if (responseJson.getBytes(StandardCharsets.UTF_8).length > MAX_RESPONSE_BYTES) {
            problems.add("response larger than " + MAX_RESPONSE_BYTES + " bytes");
        }
        JsonNode envelope;
        try {
            envelope = JSON.readTree(responseJson);
        } catch (IOException e) {
            problems.add("response is not JSON: " + e.getMessage());
            return problems;
        }
        if (!envelope.path("version").isTextual()) {
            problems.add("version missing");
        }
        JsonNode response = envelope.path("response");
        if (!response.isObject()) {
            problems.add("response object missing");
            return problems;
        }
        boolean hasSpeech = response.has("outputSpeech");
        boolean hasReprompt = response.has("reprompt");
        boolean silentType = SILENT_TYPES.contains(requestType) || requestType.startsWith("AlexaSkillEvent.");
        if (silentType && (hasSpeech || hasReprompt || response.has("card"))) {
            problems.add(requestType + " must not get speech, a card or a reprompt");
        }
        if (requestType.equals("CanFulfillIntentRequest")) {
            checkCanFulfill(response, problems);
        } else if (response.has("canFulfillIntent")) {
            problems.add("canFulfillIntent answers only CanFulfillIntentRequest");
        }
        if (hasSpeech) {
            checkSpeech("outputSpeech", response.path("outputSpeech"), problems);
        }
        if (hasReprompt) {
            checkSpeech("reprompt", response.path("reprompt").path("outputSpeech"), problems);
        }
        if (response.has("card")) {
            checkCard(response.path("card"), problems);
        }
        JsonNode end = response.path("shouldEndSession");
        boolean staysOpen = end.isBoolean() ? !end.asBoolean() : hasSpeech;
        if (staysOpen && !hasReprompt) {
            problems.add("session stays open without a reprompt");
        }
        if (end.isBoolean() && end.asBoolean() && hasReprompt) {
            problems.add("reprompt on a response that ends the session");
        }
        return problems;
    }

    private static void checkCanFulfill(JsonNode response, List<String> problems) {
        JsonNode answer = response.path("canFulfillIntent");
        if (!Set.of("YES", "NO", "MAYBE").contains(answer.path("canFulfill").asText())) {
            problems.add("canFulfillIntent.canFulfill must be YES, NO or MAYBE");
        }
        answer.path("slots").fields().forEachRemaining(slot -> {
            if (!Set.of("YES", "NO", "MAYBE").contains(slot.getValue().path("canUnderstand").asText())
                    || !Set.of("YES", "NO").contains(slot.getValue().path("canFulfill").asText())) {
                problems.add("canFulfillIntent slot " + slot.getKey() + " needs canUnderstand and canFulfill");
            }
        });
        if (response.has("directives") && response.path("directives").size() > 0) {
            problems.add("CanFulfillIntentRequest must not get directives");
        }
    }

    private static void checkSpeech(String where, JsonNode speech, List<String> problems) {
        String type = speech.path("type").asText();
        if (type.equals("PlainText")) {
            String text = speech.path("text").asText("");
            if (text.isEmpty() || text.length() > MAX_SPEECH_CHARS) {
                problems.add(where + " text empty or over " + MAX_SPEECH_CHARS + " characters");
            }
        } else if (type.equals("SSML")) {
            String ssml = speech.path("ssml").asText("");
            if (ssml.length() > MAX_SPEECH_CHARS) {
                problems.add(where + " SSML over " + MAX_SPEECH_CHARS + " characters");
            }
            problems.addAll(ssmlProblems(ssml).stream().map(p -> where + ": " + p).toList());
        } else {
            problems.add(where + " has type " + type + ", not PlainText or SSML");
        }
    }

    private static void checkCard(JsonNode card, List<String> problems) {
        int length = card.path("title").asText("").length() + card.path("content").asText("").length()
                + card.path("text").asText("").length()
                + card.path("image").path("smallImageUrl").asText("").length()
                + card.path("image").path("largeImageUrl").asText("").length();
        if (length > MAX_CARD_CHARS) {
            problems.add("card over " + MAX_CARD_CHARS + " characters");
        }
        if (!Set.of("Simple", "Standard", "LinkAccount", "AskForPermissionsConsent").contains(card.path("type").asText())) {
            problems.add("card type " + card.path("type").asText() + " unknown");
        }
    }

    /** Problems with one SSML document: well-formed XML in {@code <speak>}, Alexa's tags and attribute values only. */
    public static List<String> ssmlProblems(String ssml) {
        List<String> problems = new ArrayList<>();
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            document = builder.parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.add("SSML is not well-formed XML: " + e.getMessage());
            return problems;
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("speak")) {
            problems.add("SSML root is <" + root.getTagName() + ">, not <speak>");
        }
        checkElement(root, problems);
        return problems;
    }

    private static void checkElement(Element element, List<String> problems) {
        String tag = element.getTagName();
        Map<String, Set<String>> allowed = TAGS.get(tag);
        if (allowed == null) {
            problems.add("tag <" + tag + "> is not Alexa SSML");
        } else {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String name = attribute.getNodeName();
                String value = attribute.getNodeValue();
                if (!allowed.containsKey(name)) {
                    problems.add("<" + tag + "> has no attribute " + name);
                } else if (allowed.get(name) != null ? !allowed.get(name).contains(value)
                        : !freeValueOk(tag, name, value)) {
                    problems.add("<" + tag + " " + name + "=\"" + value + "\"> is not a value Alexa accepts");
                }
            }
            if (tag.equals("sub") && !element.hasAttribute("alias")) {
                problems.add("<sub> needs alias");
            }
            if (tag.equals("phoneme") && !element.hasAttribute("ph")) {
                problems.add("<phoneme> needs ph");
            }
            if (tag.equals("say-as") && !element.hasAttribute("interpret-as")) {
                problems.add("<say-as> needs interpret-as");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                checkElement(childElement, problems);
            }
        }
    }

    private static boolean freeValueOk(String tag, String name, String value) {
        return switch (tag + "@" + name) {
            case "break@time" -> breakTimeOk(value);
            case "prosody@rate" -> Set.of("x-slow", "slow", "medium", "fast", "x-fast").contains(value)
                    || PERCENT.matcher(value).matches();
            case "prosody@pitch" -> Set.of("x-low", "low", "medium", "high", "x-high").contains(value)
                    || SIGNED_PERCENT.matcher(value).matches();
            case "prosody@volume" -> Set.of("silent", "x-soft", "soft", "medium", "loud", "x-loud").contains(value)
                    || DECIBELS.matcher(value).matches();
            case "audio@src" -> value.startsWith("https://") || value.startsWith("soundbank://");
            default -> !value.isBlank();
        };
    }

    private static boolean breakTimeOk(String value) {
        var matcher = TIME.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        double amount = Double.parseDouble(matcher.group(1));
        double millis = matcher.group(3).equals("s") ? amount * 1000 : amount;
        return millis <= 10_000;
    }

    private static Map<String, Set<String>> mapOf(Object... namesAndValues) {
        Map<String, Set<String>> map = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> values = (Set<String>) namesAndValues[i + 1];
            map.put((String) namesAndValues[i], values);
        }
        return map;
    }
}
