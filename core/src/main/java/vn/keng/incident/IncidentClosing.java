package vn.keng.incident;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.keng.conversation.Dialog;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.registry.SafetyGroups;

/**
 * Closing (resolved, false alarm) by the group's leader or deputy, a village head of the village,
 * the commune's police or officials; confirming or dismissing an unverified report by a village
 * head or the police. Everybody alarmed is told the outcome.
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

    void close(Dialog dialog, Incident locked, IncidentStatus outcome) {
        Person person = dialog.sender().orElseThrow();
        if (!mayClose(person, locked)) {
            dialog.reply(Notice.info("incident.close-not-allowed", Map.of()));
            return;
        }
        if (locked.getStatus() != IncidentStatus.OPEN) {
            dialog.reply(Notice.info(locked.getStatus() == IncidentStatus.UNVERIFIED ? "incident.not-confirmed"
                    : "incident.already-closed", answers.closedParams(locked, person)));
            return;
        }
        if (outcome == IncidentStatus.RESOLVED) {
            locked.resolve(person.getId(), clock.instant());
        } else {
            locked.markFalseAlarm(person.getId(), clock.instant());
        }
        events.publishEvent(locked.closedEvent());
        String template = outcome == IncidentStatus.RESOLVED ? "incident.resolved" : "incident.false-alarm";
        int told = alarms.broadcast(locked, template, person.getId());
        Map<String, Object> params = new java.util.HashMap<>(answers.closedParams(locked, person));
        params.put("count", told);
        dialog.reply(Notice.info("incident.closed-ack", params));
    }

    void verify(Dialog dialog, Incident locked, boolean confirm) {
        Person person = dialog.sender().orElseThrow();
        if (!mayVerify(person, locked)) {
            dialog.reply(Notice.info("incident.verify-not-allowed", Map.of()));
            return;
        }
        if (locked.getStatus() != IncidentStatus.UNVERIFIED) {
            dialog.reply(Notice.info("incident.already-verified", answers.closedParams(locked, person)));
            return;
        }
        if (confirm) {
            locked.confirm(person.getId(), clock.instant());
            events.publishEvent(new IncidentChanged(locked.getId(), "CONFIRMED"));
            int reached = alarms.fanOut(locked);
            alarms.tellReporters(locked, "incident.reporter-confirmed");
            Map<String, Object> params = new java.util.HashMap<>(texts.params(locked, person.getLanguage()));
            params.put("count", reached);
            dialog.reply(Notice.info("incident.confirmed-ack", params));
        } else {
            locked.dismiss(person.getId(), clock.instant());
            events.publishEvent(locked.closedEvent());
            alarms.broadcast(locked, "incident.dismissed", person.getId());
            dialog.reply(Notice.info("incident.dismissed-ack", texts.params(locked, person.getLanguage())));
        }
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
