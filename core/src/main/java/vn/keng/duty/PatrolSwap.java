package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A one-night swap of the patrol: on that night this person leads the village's patrol. */
@Entity
public class PatrolSwap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long villageId;
    private LocalDate night;
    private Long personId;
    private Instant createdAt;

    protected PatrolSwap() {
    }

    PatrolSwap(Long villageId, LocalDate night, Long personId, Instant createdAt) {
        this.villageId = villageId;
        this.night = night;
        this.personId = personId;
        this.createdAt = createdAt;
    }

    void changeTo(Long personId, Instant at) {
        this.personId = personId;
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public Long getVillageId() { return villageId; }
    public LocalDate getNight() { return night; }
    public Long getPersonId() { return personId; }
    public Instant getCreatedAt() { return createdAt; }
}
