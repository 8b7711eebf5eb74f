package org.needsspace.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.needsspace.understanding.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content of every supported locale; an unsupported locale gets the default one and a log line. The default
 * locale is loaded (and checked) at once, the others when first asked for, so that a cold start in the default
 * locale reads nothing it does not need; {@link #buildUnderstandingNow()} loads them all.
 */
public final class ContentCatalog {

    public static final String DEFAULT_LOCALE = "en-US";
    private static final List<String> SUPPORTED = List.of(DEFAULT_LOCALE, "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Logger LOG = LoggerFactory.getLogger(ContentCatalog.class);

    private final Map<String, Content> loaded = new ConcurrentHashMap<>();
    private final Map<ContentLoader.UnderstandingKey, Understanding> understandings = new ConcurrentHashMap<>();

    private ContentCatalog() {
        content(DEFAULT_LOCALE);
    }

    public static List<String> supportedLocales() {
        return SUPPORTED;
    }

    public static ContentCatalog loadAll() {
        return new ContentCatalog();
    }

    public Content forLocale(String locale) {
        if (locale != null) {
            if (SUPPORTED.contains(locale)) {
                return content(locale);
            }
            LOG.info("No content for locale {}: answering in {}", loggable(locale), DEFAULT_LOCALE);
        }
        return content(DEFAULT_LOCALE);
    }

    private Content content(String locale) {
        return loaded.computeIfAbsent(locale, supported -> ContentLoader.load(supported, understandings));
    }

    /** The locale as the request gave it, cut short and with anything but letters, digits, -, _ and . replaced. */
    private static String loggable(String locale) {
        String shown = locale.length() > 20 ? locale.substring(0, 20) + "..." : locale;
        return shown.replaceAll("[^A-Za-z0-9_.-]", "?");
    }

    /** Starts building the understanding on a daemon thread (see {@code Understanding.startBuilding}). */
    public void startBuildingUnderstanding() {
        understandings().forEach(Understanding::startBuilding);
    }

    /** Waits for the builds {@link #startBuildingUnderstanding()} started (see {@code Understanding.awaitBuilding}). */
    public void awaitUnderstanding() throws InterruptedException {
        for (Understanding understanding : understandings()) {
            understanding.awaitBuilding();
        }
    }

    /** Loads every locale and builds its understanding now, on this thread, so that no request waits for either. */
    public void buildUnderstandingNow() {
        SUPPORTED.forEach(this::content);
        understandings().forEach(Understanding::buildNow);
    }

    private List<Understanding> understandings() {
        return loaded.values().stream().map(Content::understanding).distinct().toList();
    }

    public Content defaultContent() {
        return content(DEFAULT_LOCALE);
    }
}
