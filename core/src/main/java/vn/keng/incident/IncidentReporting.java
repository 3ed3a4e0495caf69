package vn.keng.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.keng.incident.IncidentAttempt.Outcome;
import vn.keng.messaging.GeoLocation;
import vn.keng.messaging.Notice;
import vn.keng.registry.Language;
import vn.keng.registry.Villages;

/**
 * A report becomes an incident, or joins one: same kind, same group (or village without a group),
 * within the merge window → the same incident, the reporter added, no second alarm. A person over
 * the hourly limit is merged into their latest open incident, or refused. Every attempt is stored.
 * A new incident is committed with its {@link IncidentReported} event; its alarms are written after
 * the commit by {@link IncidentFanOut}, outside this transaction and the village lock.
 */
@Component
class IncidentReporting {

    private static final EnumSet<IncidentStatus> LIVE = EnumSet.of(IncidentStatus.OPEN, IncidentStatus.UNVERIFIED);

    private final Incidents incidents;
    private final IncidentAttempts attempts;
    private final ReportScopes scopes;
    private final IncidentTexts texts;
    private final IncidentSettings settings;
    private final Villages villages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentReporting(Incidents incidents, IncidentAttempts attempts, ReportScopes scopes,
            IncidentTexts texts, IncidentSettings settings, Villages villages, ApplicationEventPublisher events,
            Clock clock) {
        this.incidents = incidents;
        this.attempts = attempts;
        this.scopes = scopes;
        this.texts = texts;
        this.settings = settings;
        this.villages = villages;
        this.events = events;
        this.clock = clock;
    }

    ReportReceipt report(IncidentReport report) {
        Language language = report.language();
        Instant now = clock.instant();
        Optional<ReportScope> found = scopes.of(report.sender(), report.text());
        if (found.isEmpty()) {
            attempt(report, Outcome.NO_VILLAGE, null, now);
            return ReportReceipt.only(Notice.info("incident.name-village", Map.of()));
        }
        ReportScope scope = found.get();
        lockScope(scope);
        Optional<Incident> same = mergeCandidate(report.kind(), scope, now);
        if (same.isPresent()) {
            Incident incident = same.get();
            merge(report, incident, now);
            attempt(report, Outcome.MERGED, incident.getId(), now);
            return new ReportReceipt(Notice.info("incident.already-reported", texts.params(incident, language)),
                    incident.getId());
        }
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long created = report.personId() != null ? attempts.countCreatedByPersonSince(report.personId(), hourAgo)
                : attempts.countCreatedByAddressSince(report.address(), hourAgo);
        if (created >= settings.maxPerHour()) {
            return overLimit(report, now);
        }
        Incident incident = incidents.save(new Incident(report.kind(), scope, report.place(), report.channel(),
                report.personId(), report.address(), report.via(), now));
        incident.describe(null, report.location(), report.attachmentRef(), now);
        attempt(report, Outcome.CREATED, incident.getId(), now);
        events.publishEvent(new IncidentReported(incident.getId(), report.kind(), scope.communeId(), scope.villageId(),
                scope.groupId(), now, scope.verified()));
        // A verified report is answered by the fan-out, with the number of people it alarmed.
        Notice reply = scope.verified() ? null : Notice.info("incident.received-unverified", texts.params(incident, language));
        return new ReportReceipt(reply, incident.getId());
    }

    private ReportReceipt overLimit(IncidentReport report, Instant now) {
        List<Incident> latest = report.personId() != null
                ? incidents.findReportedByPerson(report.personId(), PageRequest.of(0, 1))
                : incidents.findReportedByAddress(report.address(), PageRequest.of(0, 1));
        Map<String, Object> params = Map.of("max", settings.maxPerHour());
        if (!latest.isEmpty() && LIVE.contains(latest.get(0).getStatus())) {
            Incident incident = incidents.findForUpdate(latest.get(0).getId()).orElseThrow();
            merge(report, incident, now);
            incident.record("OVER_LIMIT", now, "report merged: over " + settings.maxPerHour() + " per hour");
            attempt(report, Outcome.OVER_LIMIT_MERGED, incident.getId(), now);
            return ReportReceipt.only(Notice.info("incident.limit-merged", params));
        }
        attempt(report, Outcome.OVER_LIMIT_REFUSED, null, now);
        return ReportReceipt.only(Notice.info("incident.limit-refused", params));
    }

    private void merge(IncidentReport report, Incident incident, Instant now) {
        incident.addReporter(report.personId(), report.address(), report.channel(), report.via(), now, report.text());
        if (incident.getPlace() == null) {
            incident.describe(report.place(), null, null, now);
        }
        if (incident.getLatitude() == null) {
            incident.describe(null, report.location(), null, now);
        }
        if (incident.getPhotoRef() == null) {
            incident.describe(null, null, report.attachmentRef(), now);
        }
    }

    /**
     * The reporter's next message within the follow-up time adds the place, the location or a photo.
     *
     * @return the answer to the reporter, or empty when the message added nothing (the dialog goes on)
     */
    Optional<Notice> addDetails(long incidentId, Language language, String text, GeoLocation location,
            String attachmentRef) {
        if (text.isBlank() && location == null && attachmentRef == null) {
            return Optional.empty();
        }
        Incident incident = incidents.findForUpdate(incidentId).orElse(null);
        if (incident == null || incident.getStatus().isClosed()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (incident.getPlace() == null) {
            incident.describe(text, location, attachmentRef, now);
        } else {
            incident.describe(null, location, attachmentRef, now);
            if (!text.isBlank()) {
                incident.record("NOTE", now, text);
            }
        }
        return Optional.of(Notice.info("incident.details-added", texts.params(incident, language)));
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
            villages.lockById(scope.villageId());
        }
    }

    private void attempt(IncidentReport report, Outcome outcome, Long incidentId, Instant now) {
        attempts.save(new IncidentAttempt(report.personId(), report.address(), report.channel(), report.kind(),
                report.text(), outcome, incidentId, now));
    }
}
