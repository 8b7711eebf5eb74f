package org.needsspace.lambda;

import java.util.Map;
import java.util.Optional;

/** The function's environment: the names here are the ones template.yaml sets. */
public record SkillConfiguration(Optional<String> skillId, Optional<String> progressTableName) {

    public static final String SKILL_ID = "SKILL_ID";
    public static final String PROGRESS_TABLE_NAME = "PROGRESS_TABLE_NAME";

    public static SkillConfiguration from(Map<String, String> environment) {
        return new SkillConfiguration(nonBlank(environment.get(SKILL_ID)), nonBlank(environment.get(PROGRESS_TABLE_NAME)));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
