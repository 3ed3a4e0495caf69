package vn.keng.registry;

import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One line of a village's signal table: how the gong is struck for a purpose ("3 hoi ngan"). */
@Entity
public class GongSignal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long villageId;

    @Enumerated(EnumType.STRING)
    private SignalKind kind;

    private String pattern;
    private LocalTime scheduledTime;
    private String note;

    protected GongSignal() {
    }

    public GongSignal(Long villageId, SignalKind kind, String pattern, LocalTime scheduledTime, String note) {
        if (villageId == null || kind == null) {
            throw new IllegalArgumentException("villageId and kind are required");
        }
        this.villageId = villageId;
        this.kind = kind;
        this.pattern = Commune.requireText(pattern, "pattern");
        this.scheduledTime = scheduledTime;
        if (note != null && note.length() > 300) {
            throw new IllegalArgumentException("note is longer than 300 characters");
        }
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getVillageId() { return villageId; }
    public SignalKind getKind() { return kind; }
    public String getPattern() { return pattern; }
    public LocalTime getScheduledTime() { return scheduledTime; }
    public String getNote() { return note; }
}
