package vn.keng.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** Who strikes the gong of one gong point, in which rotation, and who stands in. */
@Entity
public class DutyRoster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long gongPointId;

    @Enumerated(EnumType.STRING)
    private Rotation rotation = Rotation.DAILY;

    private LocalDate startDate;
    private Long backupId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "duty_roster_member", joinColumns = @JoinColumn(name = "roster_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    private List<Long> strikerIds = new ArrayList<>();

    protected DutyRoster() {
    }

    public DutyRoster(Long gongPointId, Rotation rotation, LocalDate startDate, List<Long> strikerIds, Long backupId) {
        if (gongPointId == null) {
            throw new IllegalArgumentException("gongPointId is required");
        }
        this.gongPointId = gongPointId;
        change(rotation, startDate, strikerIds, backupId);
    }

    public void change(Rotation rotation, LocalDate startDate, List<Long> strikerIds, Long backupId) {
        if (startDate == null) {
            throw new IllegalArgumentException("startDate is required");
        }
        List<Long> ids = Rotation.turnOrder(strikerIds, "striker");
        this.rotation = rotation == null ? Rotation.DAILY : rotation;
        this.startDate = startDate;
        this.strikerIds = new ArrayList<>(ids);
        this.backupId = backupId;
    }

    /**
     * The striker on duty on the night of the given date, if the roster has anybody. Nights before
     * the start date continue the same turn order backwards, so replacing a roster never leaves a
     * night without a striker.
     */
    public Optional<Long> strikerOn(LocalDate night) {
        return rotation.onDuty(strikerIds, startDate, night);
    }

    public Long getId() { return id; }
    public Long getGongPointId() { return gongPointId; }
    public Rotation getRotation() { return rotation; }
    public LocalDate getStartDate() { return startDate; }
    public Long getBackupId() { return backupId; }
    public List<Long> getStrikerIds() { return List.copyOf(strikerIds); }
}
