package org.needsspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Asserts that speech is SSML Alexa accepts: well-formed, only Alexa's tags, pauses within limits. */
public final class SsmlCheck {

    private static final Set<String> ALEXA_TAGS = Set.of("speak", "break", "emphasis", "lang", "p", "s", "say-as",
            "sub", "phoneme", "prosody", "audio", "voice", "w", "amazon:effect", "amazon:domain", "amazon:emotion");
    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");

    private SsmlCheck() {
    }

    public static void assertValid(String ssml) {
        assertTrue(ssml.startsWith("<speak>") && ssml.endsWith("</speak>"), "wrapped in <speak>: " + ssml);
        assertTrue(ssml.length() <= 8000, "at most 8,000 characters, was " + ssml.length());
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            check(root);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            fail("not well-formed SSML (" + e.getMessage() + "): " + ssml);
        }
    }

    /** A fragment of trusted SSML from the content file. */
    public static void assertValidFragment(String fragment) {
        assertValid("<speak>" + fragment + "</speak>");
    }

    private static void check(Element element) {
        assertTrue(ALEXA_TAGS.contains(element.getTagName()), "not an Alexa SSML tag: " + element.getTagName());
        if (element.getTagName().equals("break")) {
            Matcher time = TIME.matcher(element.getAttribute("time"));
            assertTrue(time.matches(), "break needs a time like 500ms or 2s");
            double millis = Double.parseDouble(time.group(1)) * (time.group(2).equals("s") ? 1000 : 1);
            assertTrue(millis <= 10_000, "break longer than 10s");
        }
        if (element.getTagName().equals("say-as")) {
            assertEquals(false, element.getAttribute("interpret-as").isEmpty(), "say-as needs interpret-as");
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                check((Element) children.item(i));
            }
        }
    }
}
