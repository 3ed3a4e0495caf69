package vn.keng.incident;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.keng.messaging.ChannelType;

/** One attempt to report an incident and what came of it; counts against the hourly limit when it created one. */
@Entity
@Table(name = "incident_attempt")
class IncidentAttempt {

    /** What became of an attempt. */
    enum Outcome {
        CREATED, MERGED, OVER_LIMIT_MERGED, OVER_LIMIT_REFUSED, NO_VILLAGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;
    private String address;

    @Enumerated(EnumType.STRING)
    private ChannelType channel;

    @Enumerated(EnumType.STRING)
    private IncidentKind kind;

    private String text;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private Long incidentId;
    private Instant attemptedAt;

    protected IncidentAttempt() {
    }

    IncidentAttempt(Long personId, String address, ChannelType channel, IncidentKind kind, String text,
            Outcome outcome, Long incidentId, Instant attemptedAt) {
        this.personId = personId;
        this.address = address;
        this.channel = channel;
        this.kind = kind;
        this.text = text == null || text.length() <= 500 ? text : text.substring(0, 500);
        this.outcome = outcome;
        this.incidentId = incidentId;
        this.attemptedAt = attemptedAt;
    }
}
