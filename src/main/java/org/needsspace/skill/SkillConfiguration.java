package org.needsspace.skill;

import java.util.Map;
import java.util.Optional;

/** The function's environment: the names here are the ones template.yaml sets. */
public record SkillConfiguration(Optional<String> skillId, Optional<String> progressTableName, boolean snapStart) {

    public static final String SKILL_ID = "SKILL_ID";
    public static final String PROGRESS_TABLE_NAME = "PROGRESS_TABLE_NAME";
    /** Set by Lambda; "snap-start" while a SnapStart version is being initialised for its snapshot. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

    public SkillConfiguration(Optional<String> skillId, Optional<String> progressTableName) {
        this(skillId, progressTableName, false);
    }

    public static SkillConfiguration from(Map<String, String> environment) {
        return new SkillConfiguration(nonBlank(environment.get(SKILL_ID)), nonBlank(environment.get(PROGRESS_TABLE_NAME)),
                "snap-start".equals(environment.get(INITIALIZATION_TYPE)));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
