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

/** One person (or unknown address) who reported an incident; merged reports add more. */
@Entity
@Table(name = "incident_reporter")
class IncidentReporter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;
    private String address;

    @Enumerated(EnumType.STRING)
    private ChannelType channel;

    private Instant reportedAt;

    protected IncidentReporter() {
    }

    IncidentReporter(Long personId, String address, ChannelType channel, Instant reportedAt) {
        this.personId = personId;
        this.address = address;
        this.channel = channel;
        this.reportedAt = reportedAt;
    }

    Long personId() { return personId; }
    String address() { return address; }
    ChannelType channel() { return channel; }
    Instant reportedAt() { return reportedAt; }
}
