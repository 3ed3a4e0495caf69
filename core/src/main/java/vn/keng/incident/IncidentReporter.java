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

    /** The provider (and phone) the report came in through, for the receipt to go back the same way. */
    private String via;

    protected IncidentReporter() {
    }

    IncidentReporter(Long personId, String address, ChannelType channel, String via, Instant reportedAt) {
        this.personId = personId;
        this.address = address;
        this.channel = channel;
        this.via = via;
        this.reportedAt = reportedAt;
    }

    Long personId() { return personId; }
    String address() { return address; }
    ChannelType channel() { return channel; }
    Instant reportedAt() { return reportedAt; }
    String via() { return via; }
}
