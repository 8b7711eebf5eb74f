package org.needsspace.progress.dynamodb;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.Progress;
import org.needsspace.progress.UserKey;

/**
 * One user's record in the progress table. Heard ids are lists, not string sets: a set cannot be empty in
 * DynamoDB, and the order matters (the last heard prompt is the last element). The table schema, key and
 * version attribute are declared in {@link ProgressTable}.
 */
public class ProgressItem {

    private String userId;
    private Long version;
    private Long expiresAt;
    private String sectionId;
    private List<String> heardSections;
    private List<String> heardPrompts;
    private Boolean visited;
    private Instant lastVisit;
    private Instant placeChangedAt;
    private String reminderId;
    private String reminderTime;
    private Boolean reminderOfferDeclined;
    private Instant reminderChangedAt;

    /**
     * @param expiresAt when the table's TTL may remove the record if the user never comes back
     */
    static ProgressItem of(UserKey user, Progress progress, Instant expiresAt) {
        ProgressItem item = new ProgressItem();
        item.userId = user.value();
        // No version attribute for a record never stored, as the enhanced client's optimistic locking reads it.
        item.version = progress.version() == 0 ? null : progress.version();
        item.expiresAt = expiresAt.getEpochSecond();
        item.sectionId = progress.sectionId();
        item.heardSections = new ArrayList<>(progress.heardSections());
        item.heardPrompts = new ArrayList<>(progress.heardPrompts());
        item.visited = progress.visited();
        item.lastVisit = progress.lastVisit();
        item.placeChangedAt = progress.placeChangedAt();
        DailyReminder reminder = progress.reminder();
        item.reminderId = reminder.id();
        item.reminderTime = reminder.time() == null ? null : reminder.time().toString();
        item.reminderOfferDeclined = reminder.offerDeclined() ? Boolean.TRUE : null;
        item.reminderChangedAt = reminder.changedAt();
        return item;
    }

    Progress toProgress() {
        return new Progress(sectionId, ids(heardSections), ids(heardPrompts), Boolean.TRUE.equals(visited),
                lastVisit, placeChangedAt, version == null ? 0 : version, reminder());
    }

    /**
     * A half-written reminder (an id without a time or the reverse) reads as none: it cannot be changed or said.
     * An item written before change times were kept has none: the change time is unknown.
     */
    private DailyReminder reminder() {
        boolean declined = Boolean.TRUE.equals(reminderOfferDeclined);
        if (reminderId == null || reminderTime == null) {
            return new DailyReminder(null, null, declined, reminderChangedAt);
        }
        try {
            return new DailyReminder(reminderId, LocalTime.parse(reminderTime), declined, reminderChangedAt);
        } catch (DateTimeParseException e) {
            return new DailyReminder(null, null, declined, reminderChangedAt);
        }
    }

    private static LinkedHashSet<String> ids(List<String> list) {
        return list == null ? new LinkedHashSet<>() : new LinkedHashSet<>(list);
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getSectionId() {
        return sectionId;
    }

    public void setSectionId(String sectionId) {
        this.sectionId = sectionId;
    }

    public List<String> getHeardSections() {
        return heardSections;
    }

    public void setHeardSections(List<String> heardSections) {
        this.heardSections = heardSections;
    }

    public List<String> getHeardPrompts() {
        return heardPrompts;
    }

    public void setHeardPrompts(List<String> heardPrompts) {
        this.heardPrompts = heardPrompts;
    }

    public Boolean getVisited() {
        return visited;
    }

    public void setVisited(Boolean visited) {
        this.visited = visited;
    }

    public Instant getLastVisit() {
        return lastVisit;
    }

    public void setLastVisit(Instant lastVisit) {
        this.lastVisit = lastVisit;
    }

    public Instant getPlaceChangedAt() {
        return placeChangedAt;
    }

    public void setPlaceChangedAt(Instant placeChangedAt) {
        this.placeChangedAt = placeChangedAt;
    }

    public String getReminderId() {
        return reminderId;
    }

    public void setReminderId(String reminderId) {
        this.reminderId = reminderId;
    }

    public String getReminderTime() {
        return reminderTime;
    }

    public void setReminderTime(String reminderTime) {
        this.reminderTime = reminderTime;
    }

    public Boolean getReminderOfferDeclined() {
        return reminderOfferDeclined;
    }

    public void setReminderOfferDeclined(Boolean reminderOfferDeclined) {
        this.reminderOfferDeclined = reminderOfferDeclined;
    }

    public Instant getReminderChangedAt() {
        return reminderChangedAt;
    }

    public void setReminderChangedAt(Instant reminderChangedAt) {
        this.reminderChangedAt = reminderChangedAt;
    }
}
