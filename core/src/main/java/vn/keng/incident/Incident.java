package vn.keng.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.GeoLocation;

/**
 * An incident report and everything that followed: reporters, the people alarmed, their answers,
 * the timeline. Guards its own transitions: only an open incident takes answers and closes; only an
 * unverified one is confirmed or dismissed.
 */
@Entity
@Table(name = "incident")
public class Incident {

    static final int MAX_PLACE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private IncidentKind kind;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    private Long communeId;
    private Long villageId;
    private Long groupId;
    private String place;
    private Double latitude;
    private Double longitude;
    private String photoRef;
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    private ChannelType channel;

    /** The address of an unknown sender (their phone, or Telegram id), shown to those who verify. */
    private String senderAddress;

    private int comingCount;
    private Long confirmedBy;
    private Instant closedAt;
    private Long closedBy;
    private Instant widenedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<IncidentReporter> reporters = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<IncidentAlert> alerts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<IncidentResponse> responses = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<IncidentEvent> events = new ArrayList<>();

    protected Incident() {
    }

    Incident(IncidentKind kind, ReportScope scope, String place, ChannelType channel, Long reporterId, String address,
            String via, Instant at) {
        this.kind = kind;
        this.status = scope.verified() ? IncidentStatus.OPEN : IncidentStatus.UNVERIFIED;
        this.communeId = scope.communeId();
        this.villageId = scope.villageId();
        this.groupId = scope.groupId();
        this.place = clip(place);
        this.channel = channel;
        this.senderAddress = scope.verified() ? null : address;
        this.reportedAt = at;
        reporters.add(new IncidentReporter(reporterId, address, channel, via, at));
        record(scope.verified() ? "REPORTED" : "REPORTED_UNVERIFIED", at, this.place);
    }

    /** Another report of the same incident: recorded, no new alarm. */
    void addReporter(Long personId, String address, ChannelType channel, String via, Instant at, String text) {
        reporters.add(new IncidentReporter(personId, address, channel, via, at));
        record("REPORTED_AGAIN", at, (personId == null ? address : "person " + personId) + ": " + text);
    }

    void describe(String place, GeoLocation location, String photoRef, Instant at) {
        if (place != null && !place.isBlank()) {
            this.place = clip(place);
            record("PLACE", at, this.place);
        }
        if (location != null) {
            this.latitude = location.latitude();
            this.longitude = location.longitude();
            record("LOCATION", at, location.latitude() + "," + location.longitude());
        }
        if (photoRef != null && !photoRef.isBlank()) {
            this.photoRef = photoRef;
            record("PHOTO", at, photoRef);
        }
    }

    void alerted(Long personId, Long chatId, AlarmRole role, List<Long> outboxIds, Instant at) {
        alerts.add(new IncidentAlert(personId, chatId, role, outboxIds, at));
    }

    /**
     * Records an answer; the latest answer of each person counts.
     *
     * @return whether the number of people coming went up
     */
    boolean answer(Long personId, Answer answer, ChannelType channel, Instant at) {
        requireStatus(IncidentStatus.OPEN, "answer");
        int before = comingCount;
        responses.add(new IncidentResponse(personId, answer, channel, at));
        Map<Long, Answer> latest = new HashMap<>();
        responses.forEach(r -> latest.put(r.personId(), r.answer()));
        comingCount = (int) latest.values().stream().filter(a -> a == Answer.COMING).count();
        return comingCount > before;
    }

    void resolve(Long byPersonId, Instant at) {
        close(IncidentStatus.RESOLVED, byPersonId, at);
    }

    void markFalseAlarm(Long byPersonId, Instant at) {
        close(IncidentStatus.FALSE_ALARM, byPersonId, at);
    }

    private void close(IncidentStatus outcome, Long byPersonId, Instant at) {
        requireStatus(IncidentStatus.OPEN, "close");
        status = outcome;
        closedAt = at;
        closedBy = byPersonId;
        record(outcome.name(), at, "by person " + byPersonId);
    }

    /** An unverified report confirmed by the police or the village head: it becomes open and alarms go out. */
    void confirm(Long byPersonId, Instant at) {
        requireStatus(IncidentStatus.UNVERIFIED, "confirm");
        status = IncidentStatus.OPEN;
        confirmedBy = byPersonId;
        record("CONFIRMED", at, "by person " + byPersonId);
    }

    void dismiss(Long byPersonId, Instant at) {
        requireStatus(IncidentStatus.UNVERIFIED, "dismiss");
        status = IncidentStatus.DISMISSED;
        closedAt = at;
        closedBy = byPersonId;
        record("DISMISSED", at, "by person " + byPersonId);
    }

    void widened(Instant at, int recipients) {
        widenedAt = at;
        record("WIDENED", at, recipients + " more alarmed");
    }

    void record(String event, Instant at, String detail) {
        events.add(new IncidentEvent(event, at, detail));
    }

    private void requireStatus(IncidentStatus expected, String action) {
        if (status != expected) {
            throw new IncidentClosedException(id, status, action);
        }
    }

    private static String clip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        return s.length() <= MAX_PLACE ? s : s.substring(0, MAX_PLACE);
    }

    /** Whether the timeline has a line of this kind (ALARMED, VERIFICATION_REQUESTED...). */
    boolean hasRecord(String kind) {
        return events.stream().anyMatch(e -> e.kind().equals(kind));
    }

    IncidentClosed closedEvent() {
        Instant firstComing = responses.stream().filter(r -> r.answer() == Answer.COMING)
                .map(IncidentResponse::answeredAt).min(Instant::compareTo).orElse(null);
        return new IncidentClosed(id, kind, status, villageId, reportedAt, firstComing, closedAt);
    }

    boolean wasAlerted(Long personId) {
        return alerts.stream().anyMatch(a -> personId.equals(a.personId()));
    }

    Optional<Long> firstReporterId() {
        return reporters.stream().map(IncidentReporter::personId).filter(java.util.Objects::nonNull).findFirst();
    }

    long alertedCount() {
        return alerts.stream().filter(IncidentAlert::reached).filter(a -> a.personId() != null)
                .map(IncidentAlert::personId).distinct().count();
    }

    public Long getId() { return id; }
    public IncidentKind getKind() { return kind; }
    public IncidentStatus getStatus() { return status; }
    public Long getCommuneId() { return communeId; }
    public Long getVillageId() { return villageId; }
    public Long getGroupId() { return groupId; }
    public String getPlace() { return place; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public String getPhotoRef() { return photoRef; }
    public Instant getReportedAt() { return reportedAt; }
    public ChannelType getChannel() { return channel; }
    public String getSenderAddress() { return senderAddress; }
    public int getComingCount() { return comingCount; }
    public Long getConfirmedBy() { return confirmedBy; }
    public Instant getClosedAt() { return closedAt; }
    public Long getClosedBy() { return closedBy; }
    public Instant getWidenedAt() { return widenedAt; }
    List<IncidentReporter> reporters() { return List.copyOf(reporters); }
    List<IncidentAlert> alerts() { return List.copyOf(alerts); }
    List<IncidentResponse> responses() { return List.copyOf(responses); }
    List<IncidentEvent> events() { return List.copyOf(events); }
}
