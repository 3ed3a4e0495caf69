package vn.keng.registry;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time code an official hands to a registered person so they can link their Telegram account
 * without sharing their phone contact (deep link {@code /start CODE}). Used once, then spent.
 */
@Entity
@Table(name = "invite_code")
public class InviteCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private Long personId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Long usedByTelegramId;

    protected InviteCode() {
    }

    InviteCode(String code, Long personId, Instant createdAt, Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an invite code must expire after it is created");
        }
        this.code = code;
        this.personId = personId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(long telegramUserId, Instant now) {
        if (isUsed()) {
            throw new IllegalStateException("invite code already used");
        }
        this.usedAt = now;
        this.usedByTelegramId = telegramUserId;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public Long getPersonId() { return personId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public Long getUsedByTelegramId() { return usedByTelegramId; }
}
