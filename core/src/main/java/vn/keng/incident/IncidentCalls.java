package vn.keng.incident;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.Correlation;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/**
 * Calls the alarm recipients of an open incident who have not answered ("coming" or "cannot")
 * {@code keng.voice.alarm-after} after their alarm was queued: an SMS does not wake a sleeper, a
 * ringing phone does. At most {@code keng.voice.max-calls} per incident, one per person, in the
 * order they were alarmed. A Spring sweep every {@code keng.voice.sweep}, doing nothing unless a
 * voice channel is configured. Each incident is handled under its row lock and every call is
 * recorded in {@code incident_call} (key incident + person, insert that does nothing on conflict),
 * so with several instances nobody is called twice for one incident. The call is an outbox row on
 * the VOICE channel at alarm priority with the incident's correlation: its key answers like an SMS
 * "1"/"2", and its outcome shows on the timeline.
 */
@Component
class IncidentCalls {

    private static final Logger log = LoggerFactory.getLogger(IncidentCalls.class);

    /** Recipients alarmed and not answered: the same conditions in the search and under the lock. */
    private static final String UNANSWERED = "a.person_id is not null and a.outbox_ids is not null "
            + "and a.role <> 'VERIFIER' and a.alerted_at <= ? and a.alerted_at > ? "
            + "and not exists (select 1 from incident_response r where r.incident_id = a.incident_id "
            + "and r.person_id = a.person_id) "
            + "and not exists (select 1 from incident_call c where c.incident_id = a.incident_id "
            + "and c.person_id = a.person_id)";

    private final Incidents incidents;
    private final Notifications notifications;
    private final People people;
    private final IncidentTexts texts;
    private final CallSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    IncidentCalls(Incidents incidents, Notifications notifications, People people, IncidentTexts texts,
            CallSettings settings, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.incidents = incidents;
        this.notifications = notifications;
        this.people = people;
        this.texts = texts;
        this.settings = settings;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${keng.voice.sweep:PT10S}", initialDelayString = "${keng.voice.sweep:PT10S}")
    void sweep() {
        if (notifications.canCall()) {
            sweepAt(clock.instant());
        }
    }

    /** Queues the calls due at the given moment; returns how many this instance queued. */
    int sweepAt(Instant now) {
        if (!notifications.canCall() || settings.maxCalls() <= 0) {
            return 0;
        }
        Instant due = now.minus(settings.alarmAfter());
        Instant horizon = due.minus(settings.alarmWindow());
        List<Long> candidates = jdbc.queryForList("select distinct a.incident_id from incident_alert a "
                + "join incident i on i.id = a.incident_id where i.status = 'OPEN' and " + UNANSWERED
                + " and (select count(*) from incident_call k where k.incident_id = a.incident_id "
                + "and k.outbox_id is not null) < ?", Long.class, Timestamp.from(due), Timestamp.from(horizon),
                settings.maxCalls());
        int queued = 0;
        for (Long id : candidates) {
            try {
                Integer made = tx.execute(s -> call(id, due, horizon, now));
                queued += made == null ? 0 : made;
            } catch (RuntimeException e) {
                log.error("Calling the unanswered recipients of incident {} failed", id, e);
            }
        }
        return queued;
    }

    private int call(Long id, Instant due, Instant horizon, Instant now) {
        Incident incident = incidents.findForUpdate(id).orElse(null);
        if (incident == null || incident.getStatus() != IncidentStatus.OPEN) {
            return 0; // closed meanwhile
        }
        Integer before = jdbc.queryForObject("select count(*) from incident_call where incident_id = ? "
                + "and outbox_id is not null", Integer.class, id);
        int made = before == null ? 0 : before;
        Map<Long, AlarmRole> unanswered = new LinkedHashMap<>();
        jdbc.query("select a.person_id, a.role from incident_alert a where a.incident_id = ? and " + UNANSWERED
                + " order by a.id", rs -> {
                    unanswered.putIfAbsent(rs.getLong(1), AlarmRole.valueOf(rs.getString(2)));
                }, id, Timestamp.from(due), Timestamp.from(horizon));
        int queued = 0;
        for (Map.Entry<Long, AlarmRole> target : unanswered.entrySet()) {
            if (made >= settings.maxCalls()) {
                break;
            }
            Long personId = target.getKey();
            if (jdbc.update("insert into incident_call (incident_id, person_id, called_at) values (?, ?, ?) "
                    + "on conflict do nothing", id, personId, Timestamp.from(now)) == 0) {
                continue; // another instance called them
            }
            Person person = people.findById(personId).orElse(null);
            if (person == null || person.getPhone() == null) {
                continue; // recorded without a call: never looked at again, not counted
            }
            List<Long> ids = notifications.call(personId, notice(incident, target.getValue(), person));
            if (!ids.isEmpty()) {
                jdbc.update("update incident_call set outbox_id = ? where incident_id = ? and person_id = ?",
                        ids.get(0), id, personId);
                made++;
                queued++;
            }
        }
        if (queued > 0) {
            incident.record("CALLED", now, queued + " people called: no answer after " + settings.alarmAfter());
            log.info("Incident {}: {} unanswered recipients called ({} of at most {})", id, queued, made,
                    settings.maxCalls());
        }
        return queued;
    }

    private Notice notice(Incident incident, AlarmRole role, Person person) {
        String template = role == AlarmRole.STRIKER ? "incident.call.striker" : "incident.call";
        return Notice.of(template, texts.params(incident, person.getLanguage()), Priority.ALARM)
                .withCorrelation(Correlation.incident(incident.getId()))
                .withOptions(List.of(new Notice.Option("incident.option.coming", "incident:coming:" + incident.getId()),
                        new Notice.Option("incident.option.cannot", "incident:cannot:" + incident.getId())));
    }
}
