package vn.keng.notice;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One notice: who sends what to whom, what it costs, and whether it went. */
@Entity
public class VillageNotice {

    /** The longest text a notice may have, whatever the settings: the column. */
    static final int TEXT_COLUMN = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long communeId;
    private Long senderId;
    private String senderName;
    private String text;
    private String villageIds;
    private String audience;
    @Enumerated(EnumType.STRING)
    private NoticeStatus status;
    private int recipients;
    private int smsRecipients;
    private int smsSegments;
    private Instant createdAt;
    private Instant sentAt;

    protected VillageNotice() {
    }

    VillageNotice(Long communeId, Long senderId, String senderName, String text, List<Long> villageIds,
            String audience, int recipients, int smsRecipients, int smsSegments, Instant now) {
        if (text == null || text.isBlank() || text.length() > TEXT_COLUMN) {
            throw new IllegalArgumentException("a notice needs a text of 1-" + TEXT_COLUMN + " characters");
        }
        this.communeId = communeId;
        this.senderId = senderId;
        this.senderName = senderName;
        this.text = text;
        this.villageIds = villageIds == null || villageIds.isEmpty() ? null
                : villageIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.audience = audience;
        this.status = NoticeStatus.DRAFT;
        this.recipients = recipients;
        this.smsRecipients = smsRecipients;
        this.smsSegments = smsSegments;
        this.createdAt = now;
    }

    /** Sent once: a notice confirmed twice (a repeated digit) goes once. */
    boolean markSent(Instant now) {
        if (status != NoticeStatus.DRAFT) {
            return false;
        }
        status = NoticeStatus.SENT;
        sentAt = now;
        return true;
    }

    boolean cancel() {
        if (status != NoticeStatus.DRAFT) {
            return false;
        }
        status = NoticeStatus.CANCELLED;
        return true;
    }

    /** The villages addressed; empty for the whole commune. */
    public List<Long> villages() {
        return villageIds == null ? List.of() : Arrays.stream(villageIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public Long getSenderId() { return senderId; }
    public String getSenderName() { return senderName; }
    public String getText() { return text; }
    public String getAudience() { return audience; }
    public NoticeStatus getStatus() { return status; }
    public int getRecipients() { return recipients; }
    public int getSmsRecipients() { return smsRecipients; }
    public int getSmsSegments() { return smsSegments; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
