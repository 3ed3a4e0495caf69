package vn.keng.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An inter-household fire-safety group (To lien gia an toan PCCC): 5 to 15 adjacent households of
 * one village that alert each other and respond together. Sizes outside that range are allowed
 * and reported as warnings, never refused.
 */
@Entity
@Table(name = "safety_group")
public class SafetyGroup {

    public static final int MIN_HOUSEHOLDS = 5;
    public static final int MAX_HOUSEHOLDS = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long villageId;
    private String name;
    private Long leaderId;
    private Long deputyId;
    private Long telegramChatId;

    protected SafetyGroup() {
    }

    public SafetyGroup(Long villageId, String name) {
        if (villageId == null) {
            throw new IllegalArgumentException("villageId is required");
        }
        this.villageId = villageId;
        this.name = Commune.requireText(name, "name");
    }

    public void rename(String name) {
        this.name = Commune.requireText(name, "name");
    }

    public void appoint(Long leaderId, Long deputyId) {
        if (leaderId != null && leaderId.equals(deputyId)) {
            throw new IllegalArgumentException("the leader cannot also be the deputy");
        }
        this.leaderId = leaderId;
        this.deputyId = deputyId;
    }

    /** Links the group's own Telegram group chat, where alarms are posted too. */
    public void linkTelegramChat(Long chatId) {
        this.telegramChatId = chatId;
    }

    /** A warning for a size outside 5-15 households, or null. */
    public static String sizeWarning(long households) {
        if (households < MIN_HOUSEHOLDS) {
            return "group has " + households + " households, fewer than the expected " + MIN_HOUSEHOLDS;
        }
        if (households > MAX_HOUSEHOLDS) {
            return "group has " + households + " households, more than the expected " + MAX_HOUSEHOLDS;
        }
        return null;
    }

    public Long getId() { return id; }
    public Long getVillageId() { return villageId; }
    public String getName() { return name; }
    public Long getLeaderId() { return leaderId; }
    public Long getDeputyId() { return deputyId; }
    public Long getTelegramChatId() { return telegramChatId; }
}
