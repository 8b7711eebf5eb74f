package org.needsspace.domain;

import java.util.regex.Pattern;

/** Authored SSML as plain text, for cards and screens: tags dropped, entities decoded, whitespace collapsed. */
public final class SsmlText {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SsmlText() {
    }

    public static String plain(String ssml) {
        String text = TAG.matcher(ssml).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
