package vn.keng.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Correlation;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/**
 * "Tôi đến ngay" / "Không thể": recorded with who, when and the channel. The group leader, the
 * deputy and the police get the live count on the first "coming" and on every n-th
 * ({@code keng.incident.count-every}, default 5): at most a handful of messages however many
 * answer. The reporter hears when the first responder is coming.
 */
@Component
class IncidentAnswers {

    private static final Set<AlarmRole> COUNT_ROLES = EnumSet.of(AlarmRole.LEADER, AlarmRole.DEPUTY, AlarmRole.POLICE);

    private final Incidents incidents;
    private final Notifications notifications;
    private final People people;
    private final IncidentTexts texts;
    private final IncidentSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IncidentAnswers(Incidents incidents, Notifications notifications, People people, IncidentTexts texts,
            IncidentSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.notifications = notifications;
        this.people = people;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records a person's answer, written on {@code channel}, to the locked incident.
     *
     * @return the reply to the person who answered
     */
    Notice answer(Person person, ChannelType channel, Incident locked, Answer answer) {
        Instant now = clock.instant();
        if (locked.getStatus() != IncidentStatus.OPEN) {
            return Notice.info(locked.getStatus() == IncidentStatus.UNVERIFIED ? "incident.not-confirmed"
                    : "incident.already-closed", closedParams(locked, person));
        }
        boolean more = locked.answer(person.getId(), answer, channel, now);
        events.publishEvent(new IncidentChanged(locked.getId(), "ANSWERED"));
        notifications.answered(person.getId(), Correlation.incident(locked.getId()));
        Notice reply = Notice.info(answer == Answer.COMING ? "incident.coming-recorded" : "incident.cannot-recorded",
                texts.params(locked, person.getLanguage()));
        if (more) {
            tellTheCount(locked, person, now);
        }
        return reply;
    }

    private void tellTheCount(Incident locked, Person person, Instant now) {
        int coming = locked.getComingCount();
        if (coming == 1) {
            locked.firstReporterId().filter(id -> !id.equals(person.getId())).ifPresent(reporter ->
                    tell(locked, reporter, "incident.first-coming", Map.of("name", person.getName())));
        }
        if (coming == 1 || coming % Math.max(1, settings.countEvery()) == 0) {
            Set<Long> leaders = new LinkedHashSet<>();
            locked.alerts().stream().filter(a -> a.personId() != null && COUNT_ROLES.contains(a.role()))
                    .forEach(a -> leaders.add(a.personId()));
            leaders.remove(person.getId());
            leaders.forEach(id -> tell(locked, id, "incident.coming-count", Map.of()));
            locked.record("COUNT_SENT", now, coming + " coming, told " + leaders.size());
        }
    }

    private void tell(Incident incident, Long personId, String template, Map<String, Object> extra) {
        people.findById(personId).ifPresent(p -> {
            Map<String, Object> params = new java.util.HashMap<>(texts.params(incident, p.getLanguage()));
            params.putAll(extra);
            notifications.notify(p.getId(), Notice.of(template, params, Priority.ALARM)
                    .withCorrelation(Correlation.incident(incident.getId())));
        });
    }

    Map<String, Object> closedParams(Incident incident, Person person) {
        Map<String, Object> params = new java.util.HashMap<>(texts.params(incident, person.getLanguage()));
        params.put("status", texts.label("incident.status." + incident.getStatus().name(), person.getLanguage()));
        return params;
    }
}
