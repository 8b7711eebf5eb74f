package org.needsspace.alexa.screen;

/** The screens the skill shows, one APL document each (src/main/resources/apl/{@code <name>}.json). */
public enum View {
    SECTION("section"),
    STEPS("steps"),
    SELF_CARE("self-care"),
    SAFETY("safety"),
    END("end");

    private static final String TOKEN_PREFIX = "needs-space-";

    private final String documentName;

    View(String documentName) {
        this.documentName = documentName;
    }

    public String documentName() {
        return documentName;
    }

    /** The RenderDocument token: it names the view, so a UserEvent tells which screen was touched. */
    public String token() {
        return TOKEN_PREFIX + documentName;
    }
}
