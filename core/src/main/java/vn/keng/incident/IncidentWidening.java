package vn.keng.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Widens the alarm of open incidents nobody answered "coming" to within
 * {@code keng.incident.widen-after}: the village's other groups and the police again. A Spring
 * sweep every {@code keng.incident.widen-sweep}; each incident is claimed by a conditional UPDATE,
 * so with several instances exactly one widens it.
 */
@Component
class IncidentWidening {

    private static final Logger log = LoggerFactory.getLogger(IncidentWidening.class);

    private final Incidents incidents;
    private final IncidentAlarms alarms;
    private final IncidentSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    IncidentWidening(Incidents incidents, IncidentAlarms alarms, IncidentSettings settings, TransactionTemplate tx,
            Clock clock) {
        this.incidents = incidents;
        this.alarms = alarms;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${keng.incident.widen-sweep:PT15S}", initialDelayString = "${keng.incident.widen-sweep:PT15S}")
    void sweep() {
        sweepAt(clock.instant());
    }

    /** Widens every incident due at the given moment; returns how many this instance widened. */
    int sweepAt(Instant now) {
        List<Long> due = incidents.findDueForWidening(now.minus(settings.widenAfter()), PageRequest.of(0, 100));
        int widened = 0;
        for (Long id : due) {
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> widen(id, now)))) {
                    widened++;
                }
            } catch (RuntimeException e) {
                log.error("Widening the alarm of incident {} failed", id, e);
            }
        }
        return widened;
    }

    private boolean widen(Long id, Instant now) {
        if (incidents.claimWidening(id, now) == 0) {
            return false; // another instance, an answer or a closing came first
        }
        Incident incident = incidents.findForUpdate(id).orElseThrow();
        int reached = alarms.widen(incident);
        log.info("Incident {}: nobody coming after {}; alarm widened to {} more people", id, settings.widenAfter(),
                reached);
        return true;
    }
}
