package vn.keng.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.messaging.Notice;
import vn.keng.registry.Commune;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.RoundDirectory;
import vn.keng.registry.SignalKind;
import vn.keng.registry.Village;

/**
 * "DANH NHAM": a striker struck the gong by mistake. The village is told it was not an alarm: its
 * residents who did not opt out of information messages, and its fire-safety group leaders
 * (always). The striker's latest night gets an annotation.
 */
@Service
@Transactional
class MistakenStrikes {

    private final Registry registry;
    private final NightlyDuties duties;
    private final RoundDirectory directory;
    private final DutyNotices notices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MistakenStrikes(Registry registry, NightlyDuties duties, RoundDirectory directory, DutyNotices notices,
            Clock clock, ApplicationEventPublisher events) {
        this.registry = registry;
        this.duties = duties;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    public Notice report(Long personId) {
        Person person = registry.person(personId);
        boolean striker = person.hasRole(Role.STRIKER) || person.hasRole(Role.VILLAGE_HEAD)
                || !directory.rostersOf(personId).isEmpty();
        if (person.getVillageId() == null || !striker) {
            return DutyNotices.reply("duty.mistake_not_allowed", Map.of());
        }
        Village village = registry.village(person.getVillageId());
        Commune commune = registry.commune(village.getCommuneId());
        Instant now = clock.instant();
        Map<String, Object> params = Map.of("village", village.getName(), "time",
                DutyNotices.TIME.format(LocalTime.ofInstant(now, commune.getTimeZone())),
                "signal", registry.signalPattern(village.getId(), SignalKind.ALARM, SignalKind.FIRE)
                        .orElse(DutyNotices.DEFAULT_ALARM_SIGNAL));
        Set<Long> leaders = directory.groupLeaders(village.getId());
        Set<Long> told = new HashSet<>();
        leaders.stream().filter(id -> !id.equals(personId)).forEach(id -> {
            notices.tell(id, "duty.mistake_broadcast", params, null);
            told.add(id);
        });
        directory.residents(village.getId()).stream()
                .filter(p -> !p.infoOptOut() && !p.id().equals(personId) && !told.contains(p.id()))
                .forEach(p -> {
                    notices.inform(p.id(), "duty.mistake_broadcast", params);
                    told.add(p.id());
                });
        LocalDate today = Strikes.today(commune, clock);
        duties.findLatestAsking(personId, Limit.of(1)).stream()
                .filter(d -> !d.getNight().isBefore(today.minusDays(1)))
                .forEach(d -> {
                    d.annotate(new Annotation(AnnotationKind.MISTAKEN_STRIKE, "village told (" + told.size() + ")",
                            "person:" + personId, now));
                    events.publishEvent(NightRecorded.of(d));
                });
        return DutyNotices.reply("duty.mistake_ack", Map.of("village", village.getName(), "count", told.size()));
    }
}
