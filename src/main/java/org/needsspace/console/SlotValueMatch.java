package org.needsspace.console;

/** A custom slot value that a spoken phrase resolved to: the value's canonical name and its id. */
record SlotValueMatch(String canonicalName, String id) {
}
