package org.needsspace.understanding;

import java.util.Optional;

/**
 * What a piece of free text means to the skill, with how sure the understanding is.
 *
 * @param value       what within the kind: the section id, the feeling or self-care kind, the navigation action,
 *                    the social act, what to do with the daily reminder (set, when, cancel) or the kind of danger;
 *                    empty for the headline question and for not understood
 * @param confidence  from 0 (a guess) to 1 (certain)
 * @param alternative the label of a second meaning answered from the guide ("section:active-listening", "headline")
 *                    about as likely as this one, when the text could mean either
 * @param feeling     a feeling said along with the headline question ("she wants space and I'm freaking out"),
 *                    to be acknowledged before the answer
 */
public record Meaning(Kind kind, String value, double confidence, Optional<String> alternative,
                      Optional<String> feeling) {

    public enum Kind {
        SAFETY("safety"),
        FEELING("feeling"),
        HEADLINE("headline"),
        SECTION("section"),
        SELF_CARE("selfcare"),
        NAVIGATION("nav"),
        SOCIAL("social"),
        REMINDER("reminder"),
        NOT_UNDERSTOOD("none");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        static Kind ofPrefix(String prefix) {
            for (Kind kind : values()) {
                if (kind.prefix.equals(prefix)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown kind of meaning: " + prefix);
        }
    }

    public Meaning {
        value = value == null ? "" : value;
        alternative = alternative == null ? Optional.empty() : alternative;
        feeling = feeling == null ? Optional.empty() : feeling;
    }

    public Meaning(Kind kind, String value, double confidence) {
        this(kind, value, confidence, Optional.empty(), Optional.empty());
    }

    public static Meaning notUnderstood() {
        return new Meaning(Kind.NOT_UNDERSTOOD, "", 0);
    }

    /** A meaning written as in the understanding data: "section:active-listening", "headline", "nav:step-3". */
    public static Meaning parse(String label, double confidence) {
        int colon = label.indexOf(':');
        Kind kind = Kind.ofPrefix(colon < 0 ? label : label.substring(0, colon));
        return new Meaning(kind, colon < 0 ? "" : label.substring(colon + 1), confidence);
    }

    /** A label as {@link #parse} reads it; empty when it names no kind of meaning (a label from elsewhere). */
    public static Optional<Meaning> fromLabel(String label) {
        try {
            return Optional.of(parse(label, 1));
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
    }

    /** The label of the meaning "this section of the guide". */
    public static String sectionLabel(String sectionId) {
        return new Meaning(Kind.SECTION, sectionId, 1).label();
    }

    public Meaning withAlternative(String otherLabel) {
        return new Meaning(kind, value, confidence, Optional.of(otherLabel), feeling);
    }

    public Meaning withFeeling(String feelingKind) {
        return new Meaning(kind, value, confidence, alternative, Optional.of(feelingKind));
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }

    /** The meaning written as in the understanding data, without its confidence. */
    public String label() {
        return value.isEmpty() ? kind.prefix() : kind.prefix() + ":" + value;
    }
}
