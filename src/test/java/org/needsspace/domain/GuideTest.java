package org.needsspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;

class GuideTest {

    private final Guide guide = TestContent.english().guide();

    @Test
    void walksTwelveSectionsInOrderAcrossSixSteps() {
        List<Section> sections = guide.sections();
        assertEquals(6, guide.stepCount());
        assertEquals(12, sections.size());
        Section section = guide.firstSection();
        for (int i = 1; i < sections.size(); i++) {
            section = guide.after(section).orElseThrow();
            assertEquals(sections.get(i), section);
        }
        assertTrue(guide.after(section).isEmpty(), "nothing after the last section");
    }

    @Test
    void stepsBackwardsUntilTheFirstSection() {
        Section last = guide.sections().get(11);
        assertEquals("friends-and-family", guide.before(last).orElseThrow().id());
        assertTrue(guide.before(guide.firstSection()).isEmpty());
    }

    @Test
    void aStepTopicMeansItsFirstSectionAndASectionTopicMeansItself() {
        assertEquals("self-care-practices", guide.topic("focus-on-yourself").orElseThrow().id());
        assertEquals("active-listening", guide.topic("active-listening").orElseThrow().id());
        assertTrue(guide.topic("astrology").isEmpty());
    }

    @Test
    void findsStepsByNumberOnlyWithinOneToSix() {
        assertEquals("Reassurance", guide.step(4).orElseThrow().title());
        assertTrue(guide.step(0).isEmpty());
        assertTrue(guide.step(7).isEmpty());
        assertTrue(guide.step(-1).isEmpty());
    }

    @Test
    void knowsWhichStepASectionBelongsTo() {
        assertEquals(5, guide.stepOf(guide.section("future-discussions").orElseThrow()).number());
    }

    @Test
    void findsEverySectionByIdAndNothingElse() {
        for (Section section : guide.sections()) {
            assertEquals(section, guide.section(section.id()).orElseThrow());
        }
        assertTrue(guide.section("focus-on-yourself").isEmpty(), "a step id is not a section id");
        assertTrue(guide.section("nowhere").isEmpty());
        assertTrue(guide.section(null).isEmpty());
    }

    @Test
    void aSectionFromAnotherGuideBelongsToNoStep() {
        Section elsewhere = new Section("elsewhere", "Elsewhere", "Not here.");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> guide.stepOf(elsewhere));
        assertTrue(guide.after(elsewhere).isEmpty());
        assertTrue(guide.before(elsewhere).isEmpty());
    }
}
