package vn.keng.registry;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time code an official hands to a registered person so they can link their Telegram account
 * without sharing their phone contact (deep link {@code /start CODE}), or their account on another
 * chat app (Zalo: {@code /start CODE} or the bare code). Used once, then spent.
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
    private String usedByChannel;
    private String usedByAccount;

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

    /** Spends the code for an account on a chat app other than Telegram. */
    void use(String channel, String account, Instant now) {
        if (isUsed()) {
            throw new IllegalStateException("invite code already used");
        }
        this.usedAt = now;
        this.usedByChannel = channel;
        this.usedByAccount = account;
    }

    /** Whether the code was spent by this account of this chat app. */
    boolean usedBy(String channel, String account) {
        return channel.equals(usedByChannel) && account.equals(usedByAccount);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public Long getPersonId() { return personId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public Long getUsedByTelegramId() { return usedByTelegramId; }
    public String getUsedByChannel() { return usedByChannel; }
    public String getUsedByAccount() { return usedByAccount; }
}
