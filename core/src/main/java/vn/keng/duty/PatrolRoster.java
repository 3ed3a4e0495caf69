package vn.keng.duty;

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

import vn.keng.registry.Rotation;

/**
 * Who leads the village's patrol after the gong, in which rotation, and who stands in: the same
 * model as a gong point's roster (leaders in turn, DAILY / WEEKLY / FIXED, one backup).
 */
@Entity
public class PatrolRoster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long villageId;

    @Enumerated(EnumType.STRING)
    private Rotation rotation = Rotation.DAILY;

    private LocalDate startDate;
    private Long backupId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patrol_roster_member", joinColumns = @JoinColumn(name = "roster_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    private List<Long> leaderIds = new ArrayList<>();

    protected PatrolRoster() {
    }

    PatrolRoster(Long villageId, Rotation rotation, LocalDate startDate, List<Long> leaderIds, Long backupId) {
        if (villageId == null) {
            throw new IllegalArgumentException("villageId is required");
        }
        this.villageId = villageId;
        change(rotation, startDate, leaderIds, backupId);
    }

    void change(Rotation rotation, LocalDate startDate, List<Long> leaderIds, Long backupId) {
        if (startDate == null) {
            throw new IllegalArgumentException("startDate is required");
        }
        List<Long> ids = Rotation.turnOrder(leaderIds, "patrol leader");
        this.rotation = rotation == null ? Rotation.DAILY : rotation;
        this.startDate = startDate;
        this.leaderIds = new ArrayList<>(ids);
        this.backupId = backupId;
    }

    /** The leader on duty on the night of the given date; nights before the start continue the turn order backwards. */
    public Optional<Long> leaderOn(LocalDate night) {
        return rotation.onDuty(leaderIds, startDate, night);
    }

    public Long getId() { return id; }
    public Long getVillageId() { return villageId; }
    public Rotation getRotation() { return rotation; }
    public LocalDate getStartDate() { return startDate; }
    public Long getBackupId() { return backupId; }
    public List<Long> getLeaderIds() { return List.copyOf(leaderIds); }
}
