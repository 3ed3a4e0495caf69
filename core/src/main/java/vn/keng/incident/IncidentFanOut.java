package vn.keng.incident;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.keng.messaging.Correlation;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/**
 * Queues a new incident's alarms once its report has committed: the listener of
 * {@link IncidentReported}, {@link IncidentConfirmed} and {@link IncidentClosed}, each in a transaction of its own.
 * <p>
 * Both events are stored by Spring Modulith's event publication registry in the transaction that
 * published them (table {@code event_publication}); a publication is completed when the listener
 * returns. If the listener fails or the instance dies first, the publication stays incomplete and
 * is handed to the listener again ({@code EventRetryJob} in the scheduler). A publication can be
 * delivered twice (the alarms committed, the instance died before the completion was written), so
 * the listener is idempotent: under the incident's row lock, alarms already recorded on its
 * timeline are not queued again.
 */
@Component
class IncidentFanOut {

    static final String CLOSING_TOLD = "CLOSING_TOLD";

    private final Incidents incidents;
    private final IncidentAlarms alarms;
    private final IncidentTexts texts;
    private final Notifications notifications;
    private final People people;
    private final java.time.Clock clock;

    IncidentFanOut(Incidents incidents, IncidentAlarms alarms, IncidentTexts texts, Notifications notifications,
            People people, java.time.Clock clock) {
        this.people = people;
        this.clock = clock;
        this.incidents = incidents;
        this.alarms = alarms;
        this.texts = texts;
        this.notifications = notifications;
    }

    /** The alarm (or the request to verify an unknown number's report), then the reporter's receipt. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentReported event) {
        Incident incident = incidents.findForUpdate(event.incidentId()).orElse(null);
        if (incident == null || incident.getStatus().isClosed() || incident.hasRecord("ALARMED")
                || incident.hasRecord("VERIFICATION_REQUESTED")) {
            return;
        }
        if (!event.verified()) {
            alarms.askToVerify(incident);
            return;
        }
        alarms.fanOut(incident);
        IncidentReporter reporter = incident.reporters().get(0);
        Language language = reporter.personId() == null ? Language.VI
                : people.findById(reporter.personId()).map(Person::getLanguage).orElse(Language.VI);
        notifications.notifyAddress(reporter.channel(), reporter.address(), reporter.via(),
                Notice.info("incident.received", texts.params(incident, language)));
    }

    /** A report confirmed by a verifier: its alarms, then every reporter is told (once, as above). */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentConfirmed event) {
        Incident incident = incidents.findForUpdate(event.incidentId()).orElse(null);
        if (incident == null || incident.getStatus().isClosed() || incident.hasRecord("ALARMED")) {
            return;
        }
        alarms.fanOut(incident);
        alarms.tellReporters(incident, "incident.reporter-confirmed");
    }

    /**
     * A closed incident's alarm copies that have not left yet are not sent any more; then everybody
     * alarmed and every reporter, except the one who closed it, is told the outcome (once: the
     * timeline's {@code CLOSING_TOLD} line marks it done).
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentClosed event) {
        notifications.withdraw(Correlation.incident(event.incidentId()), event.closedAt());
        Incident incident = incidents.findForUpdate(event.incidentId()).orElse(null);
        if (incident == null || incident.hasRecord(CLOSING_TOLD)) {
            return;
        }
        String template = switch (event.status()) {
            case RESOLVED -> "incident.resolved";
            case FALSE_ALARM -> "incident.false-alarm";
            default -> "incident.dismissed";
        };
        int told = alarms.broadcast(incident, template, incident.getClosedBy());
        incident.record(CLOSING_TOLD, clock.instant(), told + " people");
    }
}
