package org.needsspace.alexa;

import org.needsspace.TestContent;
import org.needsspace.domain.Section;

final class TestContentSections {

    private TestContentSections() {
    }

    static Section section(String id) {
        return TestContent.english().guide().section(id).orElseThrow();
    }
}
