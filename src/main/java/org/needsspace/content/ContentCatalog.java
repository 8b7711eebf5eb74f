package org.needsspace.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The content of every supported locale, loaded once; an unsupported locale gets the default one. */
public final class ContentCatalog {

    public static final String DEFAULT_LOCALE = "en-US";
    private static final List<String> SUPPORTED = List.of(DEFAULT_LOCALE);

    private final Map<String, Content> byLocale;

    private ContentCatalog(Map<String, Content> byLocale) {
        this.byLocale = Map.copyOf(byLocale);
    }

    public static ContentCatalog loadAll() {
        return new ContentCatalog(SUPPORTED.stream()
                .collect(Collectors.toMap(Function.identity(), ContentLoader::load)));
    }

    public Content forLocale(String locale) {
        if (locale != null) {
            Content exact = byLocale.get(locale);
            if (exact != null) {
                return exact;
            }
        }
        return byLocale.get(DEFAULT_LOCALE);
    }

    /** Starts building every locale's understanding on a daemon thread (see {@code Understanding.startBuilding}). */
    public void startBuildingUnderstanding() {
        byLocale.values().forEach(content -> content.understanding().startBuilding());
    }

    /** Builds every locale's understanding now, on this thread, so that no request waits for it. */
    public void buildUnderstandingNow() {
        byLocale.values().forEach(content -> content.understanding().buildNow());
    }

    public Content defaultContent() {
        return byLocale.get(DEFAULT_LOCALE);
    }
}
