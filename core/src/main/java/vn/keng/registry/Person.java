package vn.keng.registry;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

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

/**
 * A person the service knows: a resident, a striker, a group leader, a village head, a police
 * officer or an official. Reached by phone (SMS) and, once linked, by Telegram.
 */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long communeId;
    private Long villageId;
    private Long householdId;
    private String name;
    private PhoneNumber phone;
    private Long telegramUserId;
    private Language language = Language.VI;
    private boolean infoOptOut;
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {
    }

    public Person(Long communeId, String name, PhoneNumber phone, Set<Role> roles) {
        if (communeId == null) {
            throw new IllegalArgumentException("communeId is required");
        }
        this.communeId = communeId;
        this.name = Commune.requireText(name, "name");
        this.phone = phone;
        changeRoles(roles);
    }

    /** Places the person in a village and, for residents, a household of that village. */
    public void placeIn(Long villageId, Long householdId) {
        if (householdId != null && villageId == null) {
            throw new IllegalArgumentException("a household needs a village");
        }
        this.villageId = villageId;
        this.householdId = householdId;
    }

    public void rename(String name) {
        this.name = Commune.requireText(name, "name");
    }

    public void changePhone(PhoneNumber phone) {
        this.phone = phone;
    }

    public void changeRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.of(Role.RESIDENT) : EnumSet.copyOf(roles);
    }

    public void changeLanguage(Language language) {
        this.language = language == null ? Language.VI : language;
    }

    public void linkTelegram(Long telegramUserId) {
        this.telegramUserId = telegramUserId;
    }

    /** STOP / HUY: no more info messages. Alarms and duty messages are never suppressed. */
    public void optOutOfInfo(boolean optOut) {
        this.infoOptOut = optOut;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isReachable() {
        return phone != null || telegramUserId != null;
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public Long getVillageId() { return villageId; }
    public Long getHouseholdId() { return householdId; }
    public String getName() { return name; }
    public PhoneNumber getPhone() { return phone; }
    public Long getTelegramUserId() { return telegramUserId; }
    public Language getLanguage() { return language; }
    public boolean isInfoOptOut() { return infoOptOut; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
}
