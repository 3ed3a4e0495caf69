package vn.keng.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.keng.messaging.Correlation;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.SafetyGroups;

/**
 * Queues an incident's alarms (alarm priority, correlated with the incident) and records each
 * recipient on the incident. Runs in the caller's transaction: the outbox rows commit with what
 * the incident recorded about them, and the dispatcher sends them at once. A new incident's alarms
 * are queued by {@link IncidentFanOut}, after the report committed.
 */
@Component
class IncidentAlarms {

    private final Notifications notifications;
    private final People people;
    private final SafetyGroups groups;
    private final AlarmRecipients recipients;
    private final IncidentTexts texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IncidentAlarms(Notifications notifications, People people, SafetyGroups groups, AlarmRecipients recipients,
            IncidentTexts texts, Clock clock, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.people = people;
        this.groups = groups;
        this.recipients = recipients;
        this.texts = texts;
        this.clock = clock;
        this.events = events;
    }

    /** The full alarm of an open incident, and the group's chat; returns how many people were reached. */
    int fanOut(Incident incident) {
        Instant now = clock.instant();
        int reached = send(incident, recipients.forAlarm(incident), reporterIds(incident), now);
        if (incident.getGroupId() != null) {
            groups.findById(incident.getGroupId()).map(g -> g.getTelegramChatId()).ifPresent(chat -> {
                List<Long> ids = notifications.notifyTelegramChat(chat, alarm(incident, "incident.alarm", Language.VI));
                incident.alerted(null, chat, AlarmRole.GROUP_CHAT, ids, now);
            });
        }
        incident.record("ALARMED", now, reached + " people");
        return reached;
    }

    /** An unverified report to the police and village head(s), with "confirm" and "dismiss". */
    int askToVerify(Incident incident) {
        Instant now = clock.instant();
        int reached = send(incident, recipients.forVerification(incident), Set.of(), now);
        incident.record("VERIFICATION_REQUESTED", now, reached + " people");
        return reached;
    }

    /** The widened alarm: neighbouring groups (not alarmed yet) and the police again. */
    int widen(Incident incident) {
        Instant now = clock.instant();
        Map<Long, AlarmRole> widened = new HashMap<>(recipients.forWidening(incident));
        Set<Long> skip = new LinkedHashSet<>(reporterIds(incident));
        widened.forEach((id, role) -> {
            if (incident.wasAlerted(id) && !isPolice(incident, id)) {
                skip.add(id);
            }
        });
        int reached = send(incident, widened, skip, now);
        incident.widened(now, reached);
        return reached;
    }

    private boolean isPolice(Incident incident, Long personId) {
        return incident.alerts().stream().anyMatch(a -> personId.equals(a.personId()) && a.role() == AlarmRole.POLICE);
    }

    private int send(Incident incident, Map<Long, AlarmRole> targets, Set<Long> skip, Instant now) {
        Map<Long, Person> byId = new HashMap<>();
        people.findAllById(targets.keySet()).forEach(p -> byId.put(p.getId(), p));
        int reached = 0;
        List<Long> strikers = new ArrayList<>();
        for (Map.Entry<Long, AlarmRole> target : targets.entrySet()) {
            Person person = byId.get(target.getKey());
            if (person == null || skip.contains(person.getId())) {
                continue;
            }
            List<Long> ids = notifications.notify(person.getId(), notice(incident, target.getValue(), person.getLanguage()));
            incident.alerted(person.getId(), null, target.getValue(), ids, now);
            if (!ids.isEmpty()) {
                reached++;
                if (target.getValue() == AlarmRole.STRIKER) {
                    strikers.add(person.getId());
                }
            }
        }
        if (!strikers.isEmpty()) {
            incident.record("GONG_REQUESTED", now, "strikers " + strikers);
            events.publishEvent(new IncidentChanged(incident.getId(), "GONG_REQUESTED"));
        }
        return reached;
    }

    private Notice notice(Incident incident, AlarmRole role, Language language) {
        return switch (role) {
            case STRIKER -> alarm(incident, "incident.alarm.striker", language);
            case WIDENED -> alarm(incident, "incident.alarm.widened", language);
            case VERIFIER -> Notice.of("incident.verify", texts.params(incident, language), Priority.ALARM)
                    .withCorrelation(Correlation.incident(incident.getId()))
                    .withOptions(List.of(new Notice.Option("incident.option.confirm", "incident:confirm:" + incident.getId()),
                            new Notice.Option("incident.option.dismiss", "incident:dismiss:" + incident.getId())));
            default -> alarm(incident, "incident.alarm", language);
        };
    }

    private Notice alarm(Incident incident, String template, Language language) {
        return Notice.of(template, texts.params(incident, language), Priority.ALARM)
                .withCorrelation(Correlation.incident(incident.getId()))
                .withOptions(List.of(new Notice.Option("incident.option.coming", "incident:coming:" + incident.getId()),
                        new Notice.Option("incident.option.cannot", "incident:cannot:" + incident.getId())));
    }

    /** How many people {@link #fanOut} will reach: those the alarm is for, less the known reporters. */
    int alarmAudience(Incident incident) {
        Set<Long> targets = new LinkedHashSet<>(recipients.forAlarm(incident).keySet());
        targets.removeAll(reporterIds(incident));
        return count(people.findAllById(targets));
    }

    /** How many people {@link #broadcast} will tell when {@code except} closes the incident. */
    int closingAudience(Incident incident, Long except) {
        return count(people.findAllById(closingTargets(incident, except)));
    }

    /** Tells everybody alarmed and every known reporter (except the one who acted), and the group chat. */
    int broadcast(Incident incident, String template, Long except) {
        int told = 0;
        for (Person person : people.findAllById(closingTargets(incident, except))) {
            Notice notice = Notice.of(template, texts.params(incident, person.getLanguage()), Priority.ALARM)
                    .withCorrelation(Correlation.incident(incident.getId()));
            if (!notifications.notify(person.getId(), notice).isEmpty()) {
                told++;
            }
        }
        incident.alerts().stream().filter(a -> a.chatId() != null).map(IncidentAlert::chatId).distinct()
                .forEach(chat -> notifications.notifyTelegramChat(chat, Notice.of(template,
                        texts.params(incident, Language.VI), Priority.ALARM)
                        .withCorrelation(Correlation.incident(incident.getId()))));
        return told;
    }

    private static Set<Long> closingTargets(Incident incident, Long except) {
        Set<Long> targets = new LinkedHashSet<>();
        incident.alerts().stream().filter(IncidentAlert::reached).map(IncidentAlert::personId)
                .filter(java.util.Objects::nonNull).forEach(targets::add);
        targets.addAll(reporterIds(incident));
        targets.remove(except);
        return targets;
    }

    private static int count(Iterable<Person> people) {
        int n = 0;
        for (Person ignored : people) {
            n++;
        }
        return n;
    }

    /** Tells every reporter, known or not (an unknown number is answered on the channel it wrote from). */
    void tellReporters(Incident incident, String template) {
        for (IncidentReporter reporter : incident.reporters()) {
            if (reporter.personId() != null) {
                people.findById(reporter.personId()).ifPresent(p -> notifications.notify(p.getId(),
                        Notice.of(template, texts.params(incident, p.getLanguage()), Priority.ALARM)
                                .withCorrelation(Correlation.incident(incident.getId()))));
            } else {
                notifications.notifyAddress(reporter.channel(), reporter.address(), Notice.of(template,
                        texts.params(incident, Language.VI), Priority.ALARM)
                        .withCorrelation(Correlation.incident(incident.getId())));
            }
        }
    }

    private static Set<Long> reporterIds(Incident incident) {
        Set<Long> ids = new LinkedHashSet<>();
        incident.reporters().stream().map(IncidentReporter::personId).filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }
}
