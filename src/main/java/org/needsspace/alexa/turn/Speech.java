package org.needsspace.alexa.turn;

import java.util.function.UnaryOperator;
import org.needsspace.content.Content;
import org.needsspace.content.Phrase;
import org.needsspace.domain.SsmlText;

/**
 * Builds the SSML body of one answer. Phrases and self-care prompts are trusted SSML from the content file;
 * everything else (guide text, slot values, titles) is XML-escaped on the way in.
 */
public final class Speech {

    /** Alexa's limit for outputSpeech, counting the {@code <speak>} tags. */
    public static final int MAX_SSML_CHARS = 8000;

    private final Content content;
    private final StringBuilder body = new StringBuilder();

    public Speech(Content content) {
        this.content = content;
    }

    /** Says a phrase; {@code namesAndValues} alternate placeholder names and plain-text values. */
    public Speech say(Phrase phrase, String... namesAndValues) {
        return ssml(fill(content.template(phrase), Speech::escape, namesAndValues));
    }

    /** Says one of the phrase's wordings, counted from zero (a turn chooses which, see {@code Turn.variant}). */
    public Speech sayWording(Phrase phrase, int wording, String... namesAndValues) {
        return ssml(fill(content.templates(phrase).get(wording), Speech::escape, namesAndValues));
    }

    /** A phrase as plain text, for card titles. */
    public static String plain(Content content, Phrase phrase, String... namesAndValues) {
        return fill(content.template(phrase), value -> value, namesAndValues);
    }

    /** Speech without its markup, for cards: breaks and tags dropped, entities decoded. */
    public static String plainText(String ssml) {
        return SsmlText.plain(ssml);
    }

    public Speech text(String plainText) {
        return ssml(escape(plainText));
    }

    public Speech ssml(String trustedSsml) {
        if (!trustedSsml.isEmpty()) {
            if (body.length() > 0) {
                body.append(' ');
            }
            body.append(trustedSsml);
        }
        return this;
    }

    public Speech pause() {
        return say(Phrase.PAUSE);
    }

    public boolean isEmpty() {
        return body.length() == 0;
    }

    /** The body without {@code <speak>}, for storing and for joining with other speech. */
    public String body() {
        return body.toString();
    }

    public static String toSsml(String body) {
        String ssml = "<speak>" + body + "</speak>";
        if (ssml.length() > MAX_SSML_CHARS) {
            throw new IllegalStateException("Speech of " + ssml.length() + " characters exceeds Alexa's limit");
        }
        return ssml;
    }

    public static String escape(String plainText) {
        StringBuilder escaped = new StringBuilder(plainText.length() + 16);
        for (int i = 0; i < plainText.length(); i++) {
            char c = plainText.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (isXmlCharacter(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean isXmlCharacter(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }

    /** Replaces each {@code {name}} (letters only) by its value; other braces are left as they are. */
    private static String fill(String template, UnaryOperator<String> escaper, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Placeholder names and values come in pairs");
        }
        StringBuilder filled = new StringBuilder(template.length() + 64);
        int copied = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            if (isPlaceholderName(template, open + 1, close)) {
                filled.append(template, copied, open)
                        .append(escaper.apply(valueOf(template.substring(open + 1, close), namesAndValues)));
                copied = close + 1;
                open = template.indexOf('{', copied);
            } else {
                open = template.indexOf('{', open + 1);
            }
        }
        return filled.append(template, copied, template.length()).toString();
    }

    private static boolean isPlaceholderName(String template, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = template.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static String valueOf(String name, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return namesAndValues[i + 1];
            }
        }
        throw new IllegalArgumentException("No value for placeholder {" + name + "}");
    }
}
