package vn.keng.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.messaging.CallCosts;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Correlation;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Villages;

/** Read side of incidents: lists per commune, one incident with its full timeline (alarms from the outbox). */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

    private final Incidents incidents;
    private final OutboxQueries outbox;
    private final People people;
    private final Villages villages;
    private final CallCosts costs;

    IncidentQueries(Incidents incidents, OutboxQueries outbox, People people, Villages villages, CallCosts costs) {
        this.incidents = incidents;
        this.outbox = outbox;
        this.people = people;
        this.villages = villages;
        this.costs = costs;
    }

    public List<IncidentView> byCommune(long communeId) {
        return incidents.findByCommuneIdOrderByReportedAtDesc(communeId).stream().map(i -> view(i, List.of(), null))
                .toList();
    }

    public List<IncidentView> reportedBy(long personId) {
        return incidents.findReportedByPerson(personId, PageRequest.of(0, 50)).stream()
                .map(i -> view(i, List.of(), null)).toList();
    }

    public Optional<IncidentView> detail(long id) {
        return incidents.findById(id).map(i -> {
            List<OutboxEntry> rows = outbox.byCorrelation(Correlation.incident(i.getId()));
            return view(i, timeline(i, rows), calls(i, rows));
        });
    }

    private IncidentView view(Incident i, List<IncidentView.Step> timeline, IncidentView.Calls calls) {
        Map<Long, String> names = new HashMap<>();
        List<IncidentView.Reporter> reporters = i.reporters().stream().map(r -> new IncidentView.Reporter(r.personId(),
                r.personId() == null ? null : names.computeIfAbsent(r.personId(),
                        id -> people.findById(id).map(Person::getName).orElse(null)),
                r.address(), r.channel(), r.reportedAt())).toList();
        String village = i.getVillageId() == null ? null
                : villages.findById(i.getVillageId()).map(v -> v.getName()).orElse(null);
        return new IncidentView(i.getId(), i.getKind(), i.getStatus(), i.getCommuneId(), i.getVillageId(), village,
                i.getGroupId(), i.getPlace(), i.getLatitude(), i.getLongitude(), i.getPhotoRef(), i.getReportedAt(),
                i.getChannel(), reporters, i.alertedCount(), i.getComingCount(), i.getWidenedAt(), i.getClosedAt(),
                i.getClosedBy(), timeline, calls);
    }

    /** The incident's calls, counted as the yearly report counts them. */
    private IncidentView.Calls calls(Incident incident, List<OutboxEntry> rows) {
        int made = 0;
        int completed = 0;
        int busy = 0;
        int noAnswer = 0;
        int failed = 0;
        long minutes = 0;
        for (OutboxEntry row : rows) {
            if (row.channel() != ChannelType.VOICE || row.sentAt() == null) {
                continue;
            }
            made++;
            switch (row.status()) {
                case DELIVERED -> {
                    completed++;
                    minutes += row.segments() == null ? 1 : row.segments();
                }
                case UNDELIVERED -> {
                    String end = callEnd(row.lastError());
                    busy += end.equals("CALL_BUSY") ? 1 : 0;
                    noAnswer += end.equals("CALL_NO_ANSWER") ? 1 : 0;
                }
                case FAILED -> failed++;
                default -> {
                }
            }
        }
        int answered = (int) incident.responses().stream().filter(r -> r.channel() == ChannelType.VOICE).count();
        return new IncidentView.Calls(made, answered, completed, busy, noAnswer, failed, minutes,
                costs.of(made, minutes), costs.currency());
    }

    private List<IncidentView.Step> timeline(Incident incident, List<OutboxEntry> rows) {
        List<IncidentView.Step> steps = new ArrayList<>();
        incident.events().forEach(e -> steps.add(new IncidentView.Step(e.at(), e.kind(), e.detail(), null, null)));
        for (OutboxEntry row : rows) {
            if (row.channel() == ChannelType.VOICE) {
                callSteps(row, steps);
                continue;
            }
            String what = row.template() + " to " + row.address();
            steps.add(new IncidentView.Step(row.createdAt(), "ALARM_QUEUED", what, row.personId(), row.channel()));
            if (row.sentAt() != null) {
                steps.add(new IncidentView.Step(row.sentAt(), "ALARM_SENT", what, row.personId(), row.channel()));
            }
            if (row.deliveredAt() != null) {
                steps.add(new IncidentView.Step(row.deliveredAt(), "ALARM_DELIVERED", what, row.personId(), row.channel()));
            }
            switch (row.status()) {
                case FAILED, UNDELIVERED, FELL_BACK, EXPIRED, ANSWERED -> steps.add(new IncidentView.Step(
                        row.sentAt() != null ? row.sentAt() : row.createdAt(), "ALARM_" + row.status().name(),
                        what + (row.lastError() == null ? "" : ": " + row.lastError()), row.personId(), row.channel()));
                default -> {
                }
            }
        }
        incident.responses().forEach(r -> steps.add(new IncidentView.Step(r.answeredAt(), "ANSWER_" + r.answer().name(),
                null, r.personId(), r.channel())));
        steps.sort(Comparator.comparing(IncidentView.Step::at));
        return steps;
    }

    /**
     * A phone call's steps: {@code CALL_QUEUED}, {@code CALL_PLACED} (Twilio took it), then how it
     * ended as the provider's status callback said: {@code CALL_COMPLETED} (picked up),
     * {@code CALL_BUSY}, {@code CALL_NO_ANSWER}, {@code CALL_FAILED}, {@code CALL_CANCELED}; or
     * {@code CALL_ANSWERED} (not placed: the person answered on another channel first), {@code CALL_EXPIRED}.
     */
    private static void callSteps(OutboxEntry row, List<IncidentView.Step> steps) {
        String what = row.template() + " to " + row.address();
        steps.add(new IncidentView.Step(row.createdAt(), "CALL_QUEUED", what, row.personId(), row.channel()));
        if (row.sentAt() != null) {
            steps.add(new IncidentView.Step(row.sentAt(), "CALL_PLACED", what, row.personId(), row.channel()));
        }
        if (row.deliveredAt() != null) {
            steps.add(new IncidentView.Step(row.deliveredAt(), "CALL_COMPLETED", what
                    + (row.segments() == null ? "" : " (" + row.segments() + " min billed)"), row.personId(), row.channel()));
        }
        String ended = switch (row.status()) {
            case UNDELIVERED, FAILED -> callEnd(row.lastError());
            case ANSWERED, EXPIRED -> "CALL_" + row.status().name();
            default -> null;
        };
        if (ended != null) {
            steps.add(new IncidentView.Step(row.sentAt() != null ? row.sentAt() : row.createdAt(), ended,
                    what + (row.lastError() == null ? "" : ": " + row.lastError()), row.personId(), row.channel()));
        }
    }

    /** The call status the voice channel reported as the error code ("busy", "no-answer", "canceled"...). */
    private static String callEnd(String error) {
        String e = error == null ? "" : error;
        if (e.contains("busy")) {
            return "CALL_BUSY";
        }
        if (e.contains("no-answer")) {
            return "CALL_NO_ANSWER";
        }
        if (e.contains("canceled")) {
            return "CALL_CANCELED";
        }
        return "CALL_FAILED";
    }
}
