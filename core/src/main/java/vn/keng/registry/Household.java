package vn.keng.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A household (ho gia dinh) of a village; it belongs to at most one fire-safety group. */
@Entity
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long villageId;

    /** The village's own code for the household, optional; unique in the village. */
    private String code;

    private String address;
    private Long groupId;

    protected Household() {
    }

    public Household(Long villageId, String code, String address) {
        if (villageId == null) {
            throw new IllegalArgumentException("villageId is required");
        }
        this.villageId = villageId;
        this.code = code == null || code.isBlank() ? null : code.strip();
        this.address = requireAddress(address);
    }

    public void changeAddress(String address) {
        this.address = requireAddress(address);
    }

    public void joinGroup(Long groupId) {
        this.groupId = groupId;
    }

    private static String requireAddress(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("address is required");
        }
        if (address.length() > 300) {
            throw new IllegalArgumentException("address is longer than 300 characters");
        }
        return address.strip();
    }

    public Long getId() { return id; }
    public Long getVillageId() { return villageId; }
    public String getCode() { return code; }
    public String getAddress() { return address; }
    public Long getGroupId() { return groupId; }
}
