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

/** One answer to an alarm: who, coming or not, when, on which channel. A later answer of the same person counts. */
@Entity
@Table(name = "incident_response")
class IncidentResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;

    @Enumerated(EnumType.STRING)
    private Answer answer;

    @Enumerated(EnumType.STRING)
    private ChannelType channel;

    private Instant answeredAt;

    protected IncidentResponse() {
    }

    IncidentResponse(Long personId, Answer answer, ChannelType channel, Instant answeredAt) {
        this.personId = personId;
        this.answer = answer;
        this.channel = channel;
        this.answeredAt = answeredAt;
    }

    Long personId() { return personId; }
    Answer answer() { return answer; }
    ChannelType channel() { return channel; }
    Instant answeredAt() { return answeredAt; }
}
