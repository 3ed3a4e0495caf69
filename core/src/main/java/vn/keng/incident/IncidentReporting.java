package vn.keng.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.keng.conversation.Dialog;
import vn.keng.incident.IncidentAttempt.Outcome;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Language;
import vn.keng.registry.Person;

/**
 * A report becomes an incident, or joins one: same kind, same group (or village without a group),
 * within the merge window → the same incident, the reporter added, no second alarm. A person over
 * the hourly limit is merged into their latest open incident, or refused. Every attempt is stored.
 */
@Component
class IncidentReporting {

    private static final EnumSet<IncidentStatus> LIVE = EnumSet.of(IncidentStatus.OPEN, IncidentStatus.UNVERIFIED);

    private final Incidents incidents;
    private final IncidentAttempts attempts;
    private final ReportScopes scopes;
    private final IncidentAlarms alarms;
    private final IncidentTexts texts;
    private final IncidentSettings settings;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentReporting(Incidents incidents, IncidentAttempts attempts, ReportScopes scopes, IncidentAlarms alarms,
            IncidentTexts texts, IncidentSettings settings, JdbcTemplate jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.incidents = incidents;
        this.attempts = attempts;
        this.scopes = scopes;
        this.alarms = alarms;
        this.texts = texts;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param place the place as typed after the keyword, or null
     * @param text the whole report as typed (an unknown sender's village is looked for in it)
     */
    void report(Dialog dialog, IncidentKind kind, String place, String text) {
        InboundMessage message = dialog.message();
        Long personId = dialog.sender().map(Person::getId).orElse(null);
        Language language = dialog.sender().map(Person::getLanguage).orElse(Language.VI);
        Instant now = clock.instant();
        Optional<ReportScope> found = scopes.of(dialog.sender(), text);
        if (found.isEmpty()) {
            attempt(dialog, kind, Outcome.NO_VILLAGE, null, now);
            dialog.reply(Notice.info("incident.name-village", Map.of()));
            return;
        }
        ReportScope scope = found.get();
        lockScope(scope);
        Optional<Incident> same = mergeCandidate(kind, scope, now);
        if (same.isPresent()) {
            Incident incident = same.get();
            merge(dialog, incident, place, now);
            attempt(dialog, kind, Outcome.MERGED, incident.getId(), now);
            dialog.reply(Notice.info("incident.already-reported", texts.params(incident, language)));
            followUp(dialog, incident);
            return;
        }
        long created = personId != null ? attempts.countCreatedByPersonSince(personId, now.minus(java.time.Duration.ofHours(1)))
                : attempts.countCreatedByAddressSince(message.senderAddress(), now.minus(java.time.Duration.ofHours(1)));
        if (created >= settings.maxPerHour()) {
            overLimit(dialog, kind, place, language, now);
            return;
        }
        Incident incident = incidents.save(new Incident(kind, scope, place, message.channel(), personId,
                message.senderAddress(), now));
        incident.describe(null, message.location(), message.attachmentRef(), now);
        attempt(dialog, kind, Outcome.CREATED, incident.getId(), now);
        events.publishEvent(new IncidentReported(incident.getId(), kind, scope.communeId(), scope.villageId(),
                scope.groupId(), now, scope.verified()));
        if (scope.verified()) {
            alarms.fanOut(incident);
            dialog.reply(Notice.info("incident.received", texts.params(incident, language)));
        } else {
            alarms.askToVerify(incident);
            dialog.reply(Notice.info("incident.received-unverified", texts.params(incident, language)));
        }
        followUp(dialog, incident);
    }

    private void overLimit(Dialog dialog, IncidentKind kind, String place, Language language, Instant now) {
        Long personId = dialog.sender().map(Person::getId).orElse(null);
        List<Incident> latest = personId != null ? incidents.findReportedByPerson(personId, PageRequest.of(0, 1))
                : incidents.findReportedByAddress(dialog.message().senderAddress(), PageRequest.of(0, 1));
        Map<String, Object> params = Map.of("max", settings.maxPerHour());
        if (!latest.isEmpty() && LIVE.contains(latest.get(0).getStatus())) {
            Incident incident = incidents.findForUpdate(latest.get(0).getId()).orElseThrow();
            merge(dialog, incident, place, now);
            incident.record("OVER_LIMIT", now, "report merged: over " + settings.maxPerHour() + " per hour");
            attempt(dialog, kind, Outcome.OVER_LIMIT_MERGED, incident.getId(), now);
            dialog.reply(Notice.info("incident.limit-merged", params));
        } else {
            attempt(dialog, kind, Outcome.OVER_LIMIT_REFUSED, null, now);
            dialog.reply(Notice.info("incident.limit-refused", params));
        }
    }

    private void merge(Dialog dialog, Incident incident, String place, Instant now) {
        InboundMessage message = dialog.message();
        incident.addReporter(dialog.sender().map(Person::getId).orElse(null), message.senderAddress(),
                message.channel(), now, message.text());
        if (incident.getPlace() == null) {
            incident.describe(place, null, null, now);
        }
        if (incident.getLatitude() == null) {
            incident.describe(null, message.location(), null, now);
        }
        if (incident.getPhotoRef() == null) {
            incident.describe(null, null, message.attachmentRef(), now);
        }
    }

    /** The reporter's next message within the follow-up time adds the place, the location or a photo. */
    boolean addDetails(Dialog dialog, long incidentId) {
        InboundMessage message = dialog.message();
        String text = dialog.rest();
        if (text.isBlank() && message.location() == null && message.attachmentRef() == null) {
            return false;
        }
        Incident incident = incidents.findForUpdate(incidentId).orElse(null);
        if (incident == null || incident.getStatus().isClosed()) {
            return false;
        }
        Language language = dialog.sender().map(Person::getLanguage).orElse(Language.VI);
        Instant now = clock.instant();
        if (incident.getPlace() == null) {
            incident.describe(text, message.location(), message.attachmentRef(), now);
        } else {
            incident.describe(null, message.location(), message.attachmentRef(), now);
            if (!text.isBlank()) {
                incident.record("NOTE", now, text);
            }
        }
        dialog.reply(Notice.info("incident.details-added", texts.params(incident, language)));
        return true;
    }

    private void followUp(Dialog dialog, Incident incident) {
        Map<String, String> state = new HashMap<>();
        state.put("step", "details");
        state.put("incident", String.valueOf(incident.getId()));
        dialog.keepState(state, settings.followUp());
    }

    private Optional<Incident> mergeCandidate(IncidentKind kind, ReportScope scope, Instant now) {
        Instant since = now.minus(settings.mergeWindow());
        List<Incident> candidates;
        if (scope.groupId() != null) {
            candidates = incidents.findRecentInGroup(kind, scope.groupId(), since, LIVE);
        } else if (scope.villageId() != null) {
            candidates = incidents.findRecentInVillage(kind, scope.villageId(), since, LIVE);
        } else {
            return Optional.empty();
        }
        return candidates.stream().findFirst().flatMap(i -> incidents.findForUpdate(i.getId()));
    }

    /** Reports of one village are taken one at a time (a row lock on the village), so two reporters never open two incidents. */
    private void lockScope(ReportScope scope) {
        if (scope.villageId() != null) {
            jdbc.queryForList("select id from village where id = ? for update", Long.class, scope.villageId());
        }
    }

    private void attempt(Dialog dialog, IncidentKind kind, Outcome outcome, Long incidentId, Instant now) {
        InboundMessage message = dialog.message();
        attempts.save(new IncidentAttempt(dialog.sender().map(Person::getId).orElse(null), message.senderAddress(),
                message.channel(), kind, message.text(), outcome, incidentId, now));
    }
}
