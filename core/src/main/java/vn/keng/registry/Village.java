package vn.keng.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A village (thon, lang, ban, to dan pho...) of a commune. */
@Entity
public class Village {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long communeId;
    private String name;

    @Enumerated(EnumType.STRING)
    private VillageKind kind = VillageKind.THON;

    /** The household count the commune declares for the village (may differ from registered households). */
    private Integer householdCount;

    protected Village() {
    }

    public Village(Long communeId, String name, VillageKind kind, Integer householdCount) {
        if (communeId == null) {
            throw new IllegalArgumentException("communeId is required");
        }
        this.communeId = communeId;
        update(name, kind, householdCount);
    }

    public void update(String name, VillageKind kind, Integer householdCount) {
        if (householdCount != null && householdCount < 0) {
            throw new IllegalArgumentException("householdCount must not be negative");
        }
        this.name = Commune.requireText(name, "name");
        this.kind = kind == null ? VillageKind.THON : kind;
        this.householdCount = householdCount;
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public String getName() { return name; }
    public VillageKind getKind() { return kind; }
    public Integer getHouseholdCount() { return householdCount; }
}
