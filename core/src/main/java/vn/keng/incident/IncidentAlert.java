package vn.keng.incident;

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
import jakarta.persistence.Table;

/** One recipient of an incident's alarm (a person or the group's chat), why, and the outbox rows queued. */
@Entity
@Table(name = "incident_alert")
class IncidentAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;
    private Long chatId;

    @Enumerated(EnumType.STRING)
    private AlarmRole role;

    private String outboxIds;
    private Instant alertedAt;

    protected IncidentAlert() {
    }

    IncidentAlert(Long personId, Long chatId, AlarmRole role, List<Long> outboxIds, Instant alertedAt) {
        this.personId = personId;
        this.chatId = chatId;
        this.role = role;
        this.outboxIds = outboxIds.isEmpty() ? null
                : outboxIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.alertedAt = alertedAt;
    }

    /** Whether a message was actually queued (the person had a reachable channel). */
    boolean reached() {
        return outboxIds != null;
    }

    List<Long> outboxIdList() {
        return outboxIds == null ? List.of() : Arrays.stream(outboxIds.split(",")).map(Long::valueOf).toList();
    }

    Long personId() { return personId; }
    Long chatId() { return chatId; }
    AlarmRole role() { return role; }
    Instant alertedAt() { return alertedAt; }
}
