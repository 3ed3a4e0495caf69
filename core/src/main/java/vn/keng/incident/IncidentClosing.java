package vn.keng.incident;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.keng.messaging.Notice;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.registry.SafetyGroups;

/**
 * Closing (resolved, false alarm) by the group's leader or deputy, a village head of the village,
 * the commune's police or officials; confirming or dismissing an unverified report by a village
 * head or the police.
 * <p>
 * Only the decision is taken here, in the transaction of the message that asked for it: the status,
 * its timeline line and the event ({@link IncidentClosed}, {@link IncidentConfirmed}). Telling
 * everybody alarmed the outcome, and a confirmed report's alarms, are queued by
 * {@link IncidentFanOut} once that transaction has committed. The reply to the person who acted says
 * how many people that is.
 */
@Component
class IncidentClosing {

    private final SafetyGroups groups;
    private final IncidentAlarms alarms;
    private final IncidentTexts texts;
    private final IncidentAnswers answers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentClosing(SafetyGroups groups, IncidentAlarms alarms, IncidentTexts texts, IncidentAnswers answers,
            ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.alarms = alarms;
        this.texts = texts;
        this.answers = answers;
        this.events = events;
        this.clock = clock;
    }

    /** Ends the locked incident as {@code outcome}; returns the reply to the person who asked. */
    Notice close(Person person, Incident locked, IncidentStatus outcome) {
        if (!mayClose(person, locked)) {
            return Notice.info("incident.close-not-allowed", Map.of());
        }
        if (locked.getStatus() != IncidentStatus.OPEN) {
            return Notice.info(locked.getStatus() == IncidentStatus.UNVERIFIED ? "incident.not-confirmed"
                    : "incident.already-closed", answers.closedParams(locked, person));
        }
        if (outcome == IncidentStatus.RESOLVED) {
            locked.resolve(person.getId(), clock.instant());
        } else {
            locked.markFalseAlarm(person.getId(), clock.instant());
        }
        events.publishEvent(locked.closedEvent());
        Map<String, Object> params = new java.util.HashMap<>(answers.closedParams(locked, person));
        params.put("count", alarms.closingAudience(locked, person.getId()));
        return Notice.info("incident.closed-ack", params);
    }

    /** Confirms or dismisses the locked unverified report; returns the reply to the verifier. */
    Notice verify(Person person, Incident locked, boolean confirm) {
        if (!mayVerify(person, locked)) {
            return Notice.info("incident.verify-not-allowed", Map.of());
        }
        if (locked.getStatus() != IncidentStatus.UNVERIFIED) {
            return Notice.info("incident.already-verified", answers.closedParams(locked, person));
        }
        if (confirm) {
            locked.confirm(person.getId(), clock.instant());
            events.publishEvent(new IncidentConfirmed(locked.getId(), locked.getCommuneId(), locked.getVillageId(),
                    person.getId(), clock.instant()));
            Map<String, Object> params = new java.util.HashMap<>(texts.params(locked, person.getLanguage()));
            params.put("count", alarms.alarmAudience(locked));
            return Notice.info("incident.confirmed-ack", params);
        }
        locked.dismiss(person.getId(), clock.instant());
        events.publishEvent(locked.closedEvent());
        return Notice.info("incident.dismissed-ack", texts.params(locked, person.getLanguage()));
    }

    boolean mayClose(Person person, Incident incident) {
        if (!person.getCommuneId().equals(incident.getCommuneId())) {
            return false;
        }
        if (person.hasRole(Role.POLICE) || person.hasRole(Role.OFFICIAL)) {
            return true;
        }
        if (person.hasRole(Role.VILLAGE_HEAD) && person.getVillageId() != null
                && person.getVillageId().equals(incident.getVillageId())) {
            return true;
        }
        return incident.getGroupId() != null && groups.findById(incident.getGroupId())
                .filter(g -> person.getId().equals(g.getLeaderId()) || person.getId().equals(g.getDeputyId()))
                .isPresent();
    }

    boolean mayVerify(Person person, Incident incident) {
        if (!person.getCommuneId().equals(incident.getCommuneId())) {
            return false;
        }
        return person.hasRole(Role.POLICE) || person.hasRole(Role.OFFICIAL)
                || (person.hasRole(Role.VILLAGE_HEAD) && (incident.getVillageId() == null
                        || incident.getVillageId().equals(person.getVillageId())));
    }
}
