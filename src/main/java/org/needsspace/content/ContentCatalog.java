package org.needsspace.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.needsspace.understanding.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The content of every supported locale, loaded once; an unsupported locale gets the default one and a log line. */
public final class ContentCatalog {

    public static final String DEFAULT_LOCALE = "en-US";
    private static final List<String> SUPPORTED = List.of(DEFAULT_LOCALE, "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Logger LOG = LoggerFactory.getLogger(ContentCatalog.class);

    private final Map<String, Content> byLocale;

    private ContentCatalog(Map<String, Content> byLocale) {
        this.byLocale = Map.copyOf(byLocale);
    }

    public static List<String> supportedLocales() {
        return SUPPORTED;
    }

    public static ContentCatalog loadAll() {
        Map<ContentLoader.UnderstandingKey, Understanding> understandings = new HashMap<>();
        return new ContentCatalog(SUPPORTED.stream()
                .collect(Collectors.toMap(Function.identity(), locale -> ContentLoader.load(locale, understandings))));
    }

    public Content forLocale(String locale) {
        if (locale != null) {
            Content exact = byLocale.get(locale);
            if (exact != null) {
                return exact;
            }
            LOG.info("No content for locale {}: answering in {}", loggable(locale), DEFAULT_LOCALE);
        }
        return byLocale.get(DEFAULT_LOCALE);
    }

    /** The locale as the request gave it, cut short and with anything but letters, digits, - and _ replaced. */
    private static String loggable(String locale) {
        String shown = locale.length() > 20 ? locale.substring(0, 20) + "..." : locale;
        return shown.replaceAll("[^A-Za-z0-9_.-]", "?");
    }

    /** Starts building every locale's understanding on a daemon thread (see {@code Understanding.startBuilding}). */
    public void startBuildingUnderstanding() {
        understandings().forEach(Understanding::startBuilding);
    }

    /** Builds every locale's understanding now, on this thread, so that no request waits for it. */
    public void buildUnderstandingNow() {
        understandings().forEach(Understanding::buildNow);
    }

    private List<Understanding> understandings() {
        return byLocale.values().stream().map(Content::understanding).distinct().toList();
    }

    public Content defaultContent() {
        return byLocale.get(DEFAULT_LOCALE);
    }
}
