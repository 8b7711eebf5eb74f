package org.needsspace.skill;

import java.util.Map;
import java.util.Optional;

/**
 * The function's environment: the names here are the ones template.yaml sets.
 *
 * @param metricsNamespace the CloudWatch namespace of the request metrics
 */
public record SkillConfiguration(Optional<String> skillId, Optional<String> progressTableName, boolean snapStart,
                                 String metricsNamespace) {

    public static final String SKILL_ID = "SKILL_ID";
    public static final String PROGRESS_TABLE_NAME = "PROGRESS_TABLE_NAME";
    public static final String METRICS_NAMESPACE = "METRICS_NAMESPACE";
    public static final String DEFAULT_METRICS_NAMESPACE = "PartnerSpaceCoach";
    /** Set by Lambda; "snap-start" while a SnapStart version is being initialised for its snapshot. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

    public SkillConfiguration(Optional<String> skillId, Optional<String> progressTableName) {
        this(skillId, progressTableName, false, DEFAULT_METRICS_NAMESPACE);
    }

    public static SkillConfiguration from(Map<String, String> environment) {
        return new SkillConfiguration(nonBlank(environment.get(SKILL_ID)), nonBlank(environment.get(PROGRESS_TABLE_NAME)),
                "snap-start".equals(environment.get(INITIALIZATION_TYPE)),
                nonBlank(environment.get(METRICS_NAMESPACE)).orElse(DEFAULT_METRICS_NAMESPACE));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
