package vn.keng.registry;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A place in a village where a gong hangs and is struck. */
@Entity
public class GongPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long villageId;
    private String name;
    private Double latitude;
    private Double longitude;
    private boolean main;

    @Column(name = "condition")
    @Enumerated(EnumType.STRING)
    private GongCondition condition = GongCondition.GOOD;

    private LocalDate lastInspected;

    protected GongPoint() {
    }

    public GongPoint(Long villageId, String name, boolean main) {
        if (villageId == null) {
            throw new IllegalArgumentException("villageId is required");
        }
        this.villageId = villageId;
        this.name = Commune.requireText(name, "name");
        this.main = main;
    }

    public void update(String name, boolean main, Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude go together");
        }
        if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
        this.name = Commune.requireText(name, "name");
        this.main = main;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Records an inspection of the gong and the condition found. */
    public void inspect(GongCondition condition, LocalDate on) {
        if (condition == null || on == null) {
            throw new IllegalArgumentException("condition and date are required");
        }
        this.condition = condition;
        this.lastInspected = on;
    }

    public Long getId() { return id; }
    public Long getVillageId() { return villageId; }
    public String getName() { return name; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public boolean isMain() { return main; }
    public GongCondition getCondition() { return condition; }
    public LocalDate getLastInspected() { return lastInspected; }
}
