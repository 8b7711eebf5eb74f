package org.needsspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.needsspace.content.Content;
import org.needsspace.content.ContentCatalog;
import org.needsspace.understanding.UnderstandingData;

/** The real content files, loaded once for all tests. */
public final class TestContent {

    public static final ContentCatalog CATALOG = ContentCatalog.loadAll();

    private TestContent() {
    }

    public static Content english() {
        return CATALOG.forLocale("en-US");
    }

    /** The understanding data of en-US as its file says. */
    public static UnderstandingData englishUnderstandingData() {
        try (InputStream in = TestContent.class.getResourceAsStream("/understanding/en-US.json")) {
            return new ObjectMapper().readValue(in, UnderstandingData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
