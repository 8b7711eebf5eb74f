package org.needsspace.content;

import java.util.List;
import java.util.Map;
import org.needsspace.domain.Guide;
import org.needsspace.domain.SelfCarePrompt;

/** The content file of a locale as written in {@code content/<locale>.json}; a phrase may have several wordings. */
record ContentFile(String locale, String skillName, Guide guide, String disclaimer, String stepsOverview,
                   List<String> numberWords, SafetyGuidance safety, List<SelfCarePrompt> selfCare,
                   Map<String, FeelingCare> feelings, Map<String, String> sectionSummaries,
                   Map<String, String> screen,
                   Map<String, List<String>> phrases) {
}
