package org.needsspace.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.needsspace.alexa.turn.Speech;

/** SSML as a reader sees it in a terminal: tags dropped, pauses marked, entities decoded. */
public final class SsmlAsText {

    private static final Pattern BREAK = Pattern.compile("<break\\s+time=\"([^\"]+)\"\\s*/>");

    private SsmlAsText() {
    }

    public static String of(String ssml) {
        Matcher pauses = BREAK.matcher(ssml);
        StringBuilder marked = new StringBuilder();
        while (pauses.find()) {
            pauses.appendReplacement(marked, Matcher.quoteReplacement(" [pause " + pauses.group(1) + "] "));
        }
        pauses.appendTail(marked);
        return Speech.plainText(marked.toString());
    }
}
