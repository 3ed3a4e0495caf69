package vn.keng.report;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.keng.duty.NightFacts;
import vn.keng.duty.NightRecorded;
import vn.keng.duty.PatrolRecorded;
import vn.keng.incident.IncidentChanged;
import vn.keng.incident.IncidentClosed;
import vn.keng.incident.IncidentConfirmed;
import vn.keng.incident.IncidentFacts;
import vn.keng.incident.IncidentReported;

/**
 * Keeps the read model current: after the commit of a change in duty (gong rounds, patrols) or incident (through the
 * event publication registry, so a failed or lost delivery is retried by {@code EventRetryJob}),
 * the named records are read as they are now through the owning module's API and replace the read
 * model's rows of the same key. Idempotent and order-free: a second or late delivery writes the same rows.
 */
@Component
class ReadModelListener {

    private final ReadModelStore store;
    private final NightFacts nights;
    private final IncidentFacts incidents;

    ReadModelListener(ReadModelStore store, NightFacts nights, IncidentFacts incidents) {
        this.store = store;
        this.nights = nights;
        this.incidents = incidents;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(NightRecorded event) {
        store.replaceNights(event, nights.of(event));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PatrolRecorded event) {
        store.replacePatrols(event, nights.patrols(event));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentReported event) {
        incident(event.incidentId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentChanged event) {
        incident(event.incidentId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentConfirmed event) {
        incident(event.incidentId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentClosed event) {
        incident(event.incidentId());
    }

    private void incident(long id) {
        store.replaceIncident(id, incidents.of(id));
    }
}
