package vn.keng.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an incident's timeline: reported, merged, alarmed, gong requested, answered, widened, closed... */
@Entity
@Table(name = "incident_event")
class IncidentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "occurred_at")
    private Instant at;

    private String detail;

    protected IncidentEvent() {
    }

    IncidentEvent(String kind, Instant at, String detail) {
        this.kind = kind;
        this.at = at;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    String kind() { return kind; }
    Instant at() { return at; }
    String detail() { return detail; }
}
