package vn.keng.registry;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's account on a chat app other than Telegram (Zalo): the app's user id, under the core's
 * channel name. An account belongs to one person; a person has at most one account per app.
 */
@Entity
@Table(name = "chat_account")
public class ChatAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String channel;
    private String account;
    private Long personId;
    private Instant linkedAt;

    protected ChatAccount() {
    }

    ChatAccount(String channel, String account, Long personId, Instant linkedAt) {
        this.channel = requireChannel(channel);
        this.account = requireAccount(account);
        this.personId = personId;
        this.linkedAt = linkedAt;
    }

    static String requireChannel(String channel) {
        if (channel == null || !channel.matches("[A-Z][A-Z0-9_]{1,15}")) {
            throw new IllegalArgumentException("a chat channel is a channel name such as ZALO, was " + channel);
        }
        return channel;
    }

    static String requireAccount(String account) {
        if (account == null || account.isBlank() || account.length() > 64) {
            throw new IllegalArgumentException("a chat account is 1-64 characters");
        }
        return account;
    }

    public Long getId() { return id; }
    public String getChannel() { return channel; }
    public String getAccount() { return account; }
    public Long getPersonId() { return personId; }
    public Instant getLinkedAt() { return linkedAt; }
}
