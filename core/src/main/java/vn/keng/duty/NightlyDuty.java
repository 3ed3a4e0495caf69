package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import vn.keng.messaging.ChannelType;
import vn.keng.platform.ConflictException;

/**
 * One gong point's night: who was on duty, when they were reminded, who confirmed when and how,
 * the escalation steps taken and the people asked. Its state changes only through the guarded
 * transitions below; once closed it is never rewritten, only annotated.
 */
@Entity
class NightlyDuty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long communeId;
    private Long villageId;
    private Long gongPointId;
    private LocalDate night;
    private Instant gongAt;
    private Instant deadlineAt;
    private Long strikerId;
    private Long onDutyId;
    private Long backupId;
    private Instant remindedAt;
    private Instant confirmedAt;
    private Long confirmedBy;

    @Enumerated(EnumType.STRING)
    private ChannelType channel;

    @Enumerated(EnumType.STRING)
    private DutyStatus status = DutyStatus.PENDING;

    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "duty_escalation", joinColumns = @JoinColumn(name = "duty_id"))
    private List<EscalationTaken> escalations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "duty_contact", joinColumns = @JoinColumn(name = "duty_id"))
    @Column(name = "person_id")
    private Set<Long> contacts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "duty_annotation", joinColumns = @JoinColumn(name = "duty_id"))
    @OrderColumn(name = "position")
    private List<Annotation> annotations = new ArrayList<>();

    @Version
    private long version;

    protected NightlyDuty() {
    }

    NightlyDuty(Long communeId, Long villageId, Long gongPointId, LocalDate night, Instant gongAt,
            Instant deadlineAt, Long strikerId, Long backupId) {
        this.communeId = communeId;
        this.villageId = villageId;
        this.gongPointId = gongPointId;
        this.night = night;
        this.gongAt = gongAt;
        this.deadlineAt = deadlineAt;
        this.strikerId = strikerId;
        this.onDutyId = strikerId;
        this.backupId = backupId;
        if (strikerId != null) {
            contacts.add(strikerId);
        }
    }

    /** The service was down at reminder time and came back past the grace: nobody was reminded. */
    static NightlyDuty serviceDown(NightlyDuty duty, Instant at) {
        duty.status = DutyStatus.SERVICE_DOWN;
        duty.closedAt = at;
        return duty;
    }

    void reminded(Instant at) {
        if (remindedAt == null) {
            remindedAt = at;
        }
    }

    /** The reminder written with the record could not be queued (no reachable channel after all). */
    void notReminded() {
        remindedAt = null;
    }

    /**
     * Records a confirmation. The person on duty and everyone the escalation asked confirm the
     * night (on time up to the gong time plus the grace, late after); anyone else is a substitute.
     */
    Confirmation confirm(Long by, ChannelType via, Instant at) {
        if (!status.open()) {
            return by != null && by.equals(confirmedBy) ? Confirmation.ALREADY_CONFIRMED : Confirmation.CLOSED;
        }
        confirmedBy = by;
        confirmedAt = at;
        channel = via;
        closedAt = at;
        if (!contacts.contains(by)) {
            contacts.add(by);
            status = DutyStatus.SUBSTITUTE;
            return Confirmation.SUBSTITUTE;
        }
        status = at.isAfter(deadlineAt) ? DutyStatus.LATE : DutyStatus.ON_TIME;
        return status == DutyStatus.LATE ? Confirmation.LATE : Confirmation.ON_TIME;
    }

    /** Gives tonight's duty to someone else (the backup after "cannot", a one-night swap). */
    boolean handOver(Long to, String author, Instant at) {
        if (!status.open() || to == null || to.equals(onDutyId)) {
            return false;
        }
        annotations.add(new Annotation(AnnotationKind.HANDED_OVER, "from " + onDutyId + " to " + to, author, at));
        onDutyId = to;
        contacts.add(to);
        return true;
    }

    /** Adds people who may now confirm the night (village heads told that nobody is on duty). */
    void ask(Set<Long> people) {
        if (status.open()) {
            contacts.addAll(people);
        }
    }

    /** Records an escalation step and the people it asks; false if the night is closed or the step was taken. */
    boolean escalate(RoundStep step, Set<Long> asked, Instant at) {
        if (!status.open() || escalations.stream().anyMatch(e -> e.step() == step)) {
            return false;
        }
        escalations.add(new EscalationTaken(step, at));
        contacts.addAll(asked);
        return true;
    }

    /** Closes an unconfirmed night as missed; false if it was closed already. */
    boolean close(Instant at) {
        if (!status.open()) {
            return false;
        }
        status = DutyStatus.MISSED;
        closedAt = at;
        escalations.add(new EscalationTaken(RoundStep.CLOSE, at));
        return true;
    }

    void annotate(Annotation annotation) {
        annotations.add(annotation);
    }

    /** An official excuses a closed night that was missed or late; the record keeps its status. */
    void excuse(String reason, String author, Instant at) {
        if (status != DutyStatus.MISSED && status != DutyStatus.LATE) {
            throw new ConflictException("only a missed or late night can be excused (this one is " + status + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
        annotations.add(new Annotation(AnnotationKind.EXCUSED, reason.strip(), author, at));
    }

    /** The status as shown: EXCUSED once an official excused the night, else the recorded one. */
    public DutyStatus effectiveStatus() {
        boolean excused = annotations.stream().anyMatch(a -> a.kind() == AnnotationKind.EXCUSED);
        return excused ? DutyStatus.EXCUSED : status;
    }

    public boolean asked(Long personId) {
        return contacts.contains(personId);
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public Long getVillageId() { return villageId; }
    public Long getGongPointId() { return gongPointId; }
    public LocalDate getNight() { return night; }
    public Instant getGongAt() { return gongAt; }
    public Instant getDeadlineAt() { return deadlineAt; }
    public Long getStrikerId() { return strikerId; }
    public Long getOnDutyId() { return onDutyId; }
    public Long getBackupId() { return backupId; }
    public Instant getRemindedAt() { return remindedAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Long getConfirmedBy() { return confirmedBy; }
    public ChannelType getChannel() { return channel; }
    public DutyStatus getStatus() { return status; }
    public Instant getClosedAt() { return closedAt; }
    public List<EscalationTaken> getEscalations() { return List.copyOf(escalations); }
    public Set<Long> getContacts() { return Set.copyOf(contacts); }
    public List<Annotation> getAnnotations() { return List.copyOf(annotations); }
}
