package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * One village's patrol after the gong on one night: who led it, who was asked, who reported it
 * done when, and the leader's note. Changes only through the guarded transitions below.
 */
@Entity
public class PatrolNight {

    static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long communeId;
    private Long villageId;
    private LocalDate night;
    private Instant dueAt;
    private Long leaderId;
    private Long onDutyId;
    private Long backupId;
    private Instant remindedAt;
    private Instant doneAt;
    private Long doneBy;
    private String note;

    @Enumerated(EnumType.STRING)
    private PatrolStatus status = PatrolStatus.PENDING;

    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "patrol_contact", joinColumns = @JoinColumn(name = "patrol_id"))
    @Column(name = "person_id")
    private Set<Long> contacts = new HashSet<>();

    @Version
    private long version;

    protected PatrolNight() {
    }

    PatrolNight(Long communeId, Long villageId, LocalDate night, Instant dueAt, Long leaderId, Long backupId) {
        this.communeId = communeId;
        this.villageId = villageId;
        this.night = night;
        this.dueAt = dueAt;
        this.leaderId = leaderId;
        this.onDutyId = leaderId;
        this.backupId = java.util.Objects.equals(backupId, leaderId) ? null : backupId;
        if (leaderId != null) {
            contacts.add(leaderId);
        }
    }

    void reminded(Instant at) {
        if (remindedAt == null) {
            remindedAt = at;
        }
    }

    void serviceDown(Instant at) {
        status = PatrolStatus.SERVICE_DOWN;
        closedAt = at;
    }

    /** Gives tonight's patrol to someone else (a one-night swap during the round). */
    boolean handOver(Long to) {
        if (!status.open() || to == null || to.equals(onDutyId)) {
            return false;
        }
        onDutyId = to;
        contacts.add(to);
        return true;
    }

    /** Adds people who may now report the patrol (the backup, the village heads, the police). */
    void ask(Set<Long> people) {
        if (status.open()) {
            contacts.addAll(people);
        }
    }

    /**
     * Records the patrol as done by someone the night asked, with their note (cut to 500 characters).
     *
     * @return false when the night is closed
     */
    boolean done(Long by, String note, Instant at) {
        if (!status.open() || !contacts.contains(by)) {
            return false;
        }
        status = PatrolStatus.DONE;
        doneBy = by;
        doneAt = at;
        closedAt = at;
        String clean = note == null ? "" : note.strip();
        this.note = clean.isEmpty() ? null : clean.substring(0, Math.min(NOTE_MAX, clean.length()));
        return true;
    }

    /** Closes an unreported night as missed; false if it was closed already. */
    boolean close(Instant at) {
        if (!status.open()) {
            return false;
        }
        status = PatrolStatus.MISSED;
        closedAt = at;
        return true;
    }

    public boolean asked(Long personId) {
        return contacts.contains(personId);
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public Long getVillageId() { return villageId; }
    public LocalDate getNight() { return night; }
    public Instant getDueAt() { return dueAt; }
    public Long getLeaderId() { return leaderId; }
    public Long getOnDutyId() { return onDutyId; }
    public Long getBackupId() { return backupId; }
    public Instant getRemindedAt() { return remindedAt; }
    public Instant getDoneAt() { return doneAt; }
    public Long getDoneBy() { return doneBy; }
    public String getNote() { return note; }
    public PatrolStatus getStatus() { return status; }
    public Instant getClosedAt() { return closedAt; }
    public Set<Long> getContacts() { return Set.copyOf(contacts); }
}
