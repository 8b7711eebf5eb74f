package org.needsspace.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user's place in the guide and what they have heard.
 *
 * @param sectionId     the section the user is on, or null before they start
 * @param heardSections ids of sections read to them
 * @param heardPrompts  ids of self-care prompts heard in the current round
 * @param visited       false until the first visit has been recorded
 * @param lastVisit     when the user last used the skill, or null
 * @param placeChangedAt when the place last moved, so two devices can agree which place is newer
 * @param version       the store's optimistic-locking version; 0 for a record never stored
 * @param reminder      the user's daily reminder; {@link DailyReminder#NONE} (never null) when there is none
 */
public record Progress(String sectionId, Set<String> heardSections, Set<String> heardPrompts,
                       boolean visited, Instant lastVisit, Instant placeChangedAt, long version,
                       DailyReminder reminder) {

    public Progress {
        heardSections = Collections.unmodifiableSet(new LinkedHashSet<>(heardSections));
        heardPrompts = Collections.unmodifiableSet(new LinkedHashSet<>(heardPrompts));
        reminder = reminder == null ? DailyReminder.NONE : reminder;
    }

    /** A record without a reminder. */
    public Progress(String sectionId, Set<String> heardSections, Set<String> heardPrompts,
                    boolean visited, Instant lastVisit, Instant placeChangedAt, long version) {
        this(sectionId, heardSections, heardPrompts, visited, lastVisit, placeChangedAt, version, DailyReminder.NONE);
    }

    public static Progress newUser() {
        return new Progress(null, Set.of(), Set.of(), false, null, null, 0);
    }

    public boolean hasStarted() {
        return sectionId != null;
    }

    /** The place moved to {@code section}; unchanged when the user is already there and has heard it. */
    public Progress movedTo(Section section, Instant now) {
        if (section.id().equals(sectionId) && heardSections.contains(sectionId)) {
            return this;
        }
        Set<String> heard = new LinkedHashSet<>(heardSections);
        heard.add(section.id());
        return new Progress(section.id(), heard, heardPrompts, visited, lastVisit, now, version, reminder);
    }

    public Progress visitedAt(Instant now) {
        return new Progress(sectionId, heardSections, heardPrompts, true, now, placeChangedAt, version, reminder);
    }

    public Progress withHeardPrompts(Set<String> prompts) {
        return new Progress(sectionId, heardSections, prompts, visited, lastVisit, placeChangedAt, version, reminder);
    }

    public Progress withVersion(long newVersion) {
        return new Progress(sectionId, heardSections, heardPrompts, visited, lastVisit, placeChangedAt, newVersion,
                reminder);
    }

    public Progress withReminder(DailyReminder newReminder) {
        return new Progress(sectionId, heardSections, heardPrompts, visited, lastVisit, placeChangedAt, version,
                newReminder);
    }

    /**
     * Combines two records of one user written from different devices: the place that moved last wins,
     * what was heard on either is kept, and the version is taken from {@code stored}. The reminder set, changed or
     * removed last wins, as the place does ({@link DailyReminder#mergedWith}); a declined offer stays declined.
     */
    public Progress mergedWith(Progress stored) {
        boolean storedPlaceIsNewer = placeChangedAt == null
                || (stored.placeChangedAt != null && stored.placeChangedAt.isAfter(placeChangedAt));
        Progress newer = storedPlaceIsNewer ? stored : this;
        Set<String> sections = new LinkedHashSet<>(heardSections);
        sections.addAll(stored.heardSections);
        Set<String> prompts = new LinkedHashSet<>(heardPrompts);
        prompts.addAll(stored.heardPrompts);
        return new Progress(newer.sectionId, sections, prompts, visited || stored.visited,
                latest(lastVisit, stored.lastVisit), newer.placeChangedAt, stored.version,
                reminder.mergedWith(stored.reminder));
    }

    /** Same stored state, ignoring the version. */
    public boolean sameStateAs(Progress other) {
        return visited == other.visited
                && Objects.equals(sectionId, other.sectionId)
                && Objects.equals(lastVisit, other.lastVisit)
                && Objects.equals(placeChangedAt, other.placeChangedAt)
                && heardSections.equals(other.heardSections)
                && heardPrompts.equals(other.heardPrompts)
                && reminder.equals(other.reminder);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
