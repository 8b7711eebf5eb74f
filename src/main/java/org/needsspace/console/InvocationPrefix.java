package org.needsspace.console;

import java.util.List;
import java.util.Set;

/**
 * Removes what a user says to reach the skill before the request itself:
 * "Alexa, ask partner space coach (to) ..." leaves "...".
 */
final class InvocationPrefix {

    private static final String WAKE_WORD = "alexa";
    private static final Set<String> LAUNCH_WORDS = Set.of("ask", "tell", "open", "launch", "start", "use");
    private static final Set<String> CONNECTING_WORDS = Set.of("to", "and", "that");

    private final List<String> invocationWords;

    InvocationPrefix(String invocationName) {
        this.invocationWords = TextNormalizer.words(invocationName);
    }

    List<String> strip(List<String> words) {
        List<String> rest = words;
        if (!rest.isEmpty() && rest.get(0).equals(WAKE_WORD)) {
            rest = rest.subList(1, rest.size());
        }
        int afterInvocation = 1 + invocationWords.size();
        if (!invocationWords.isEmpty() && rest.size() >= afterInvocation && LAUNCH_WORDS.contains(rest.get(0))
                && rest.subList(1, afterInvocation).equals(invocationWords)) {
            rest = rest.subList(afterInvocation, rest.size());
            if (!rest.isEmpty() && CONNECTING_WORDS.contains(rest.get(0))) {
                rest = rest.subList(1, rest.size());
            }
        }
        return rest;
    }
}
