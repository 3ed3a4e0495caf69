package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A one-night swap: on that night this person strikes the gong point instead of the roster's striker. */
@Entity
@jakarta.persistence.Table(name = "duty_swap")
public class NightSwap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long gongPointId;
    private LocalDate night;
    private Long personId;
    private Instant createdAt;

    protected NightSwap() {
    }

    NightSwap(Long gongPointId, LocalDate night, Long personId, Instant createdAt) {
        this.gongPointId = gongPointId;
        this.night = night;
        this.personId = personId;
        this.createdAt = createdAt;
    }

    void changeTo(Long personId, Instant at) {
        this.personId = personId;
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public Long getGongPointId() { return gongPointId; }
    public LocalDate getNight() { return night; }
    public Long getPersonId() { return personId; }
    public Instant getCreatedAt() { return createdAt; }
}
