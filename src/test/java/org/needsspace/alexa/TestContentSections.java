package org.needsspace.alexa;

import org.needsspace.TestContent;
import org.needsspace.domain.Section;

public final class TestContentSections {

    private TestContentSections() {
    }

    public static Section section(String id) {
        return TestContent.english().guide().section(id).orElseThrow();
    }
}
