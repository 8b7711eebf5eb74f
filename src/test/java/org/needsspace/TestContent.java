package org.needsspace;

import org.needsspace.content.Content;
import org.needsspace.content.ContentCatalog;

/** The real content files, loaded once for all tests. */
public final class TestContent {

    public static final ContentCatalog CATALOG = ContentCatalog.loadAll();

    private TestContent() {
    }

    public static Content english() {
        return CATALOG.forLocale("en-US");
    }
}
