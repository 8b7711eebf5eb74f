package org.needsspace.alexa.turn;

/**
 * A reply that asks the user for a permission: by voice (Alexa asks in its own words and answers the skill with a
 * {@code Connections.Response}), or with the consent card in the Alexa app when a voice answer did not grant it.
 *
 * @param scope such as {@code alexa::alerts:reminders:skill:readwrite}
 * @param token comes back unchanged in the {@code Connections.Response}; empty for a card
 */
public record PermissionAsk(boolean byVoice, String scope, String token) {

    /** The name of the Connections request that asks, and of the response that answers it. */
    public static final String ASK_FOR = "AskFor";

    public static PermissionAsk byVoice(String scope, String token) {
        return new PermissionAsk(true, scope, token);
    }

    public static PermissionAsk consentCard(String scope) {
        return new PermissionAsk(false, scope, "");
    }
}
