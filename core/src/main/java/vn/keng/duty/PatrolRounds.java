package vn.keng.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.registry.Commune;
import vn.keng.registry.PersonCard;
import vn.keng.registry.Registry;
import vn.keng.registry.RoundDirectory;

/**
 * The patrol after the gong, step by step, keyed like the gong's steps (commune + night + step in
 * the round ledger): PATROL reminds each village's patrol leader after the gong; if the patrol is
 * not reported by its due time the ladder runs as for a striker: PAT_BACKUP (the leader again, the
 * backup asked), PAT_HEAD, PAT_POLICE, PAT_CLOSE (MISSED).
 */
@Component
@Transactional
class PatrolRounds {

    private static final Logger log = LoggerFactory.getLogger(PatrolRounds.class);

    private final Registry registry;
    private final PatrolNights nights;
    private final PatrolRosters rosters;
    private final PatrolSwaps swaps;
    private final RoundDirectory directory;
    private final RoundLedger ledger;
    private final PatrolNotices notices;
    private final DutySettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PatrolRounds(Registry registry, PatrolNights nights, PatrolRosters rosters, PatrolSwaps swaps,
            RoundDirectory directory, RoundLedger ledger, PatrolNotices notices, DutySettings settings, Clock clock,
            ApplicationEventPublisher events) {
        this.registry = registry;
        this.nights = nights;
        this.rosters = rosters;
        this.swaps = swaps;
        this.directory = directory;
        this.ledger = ledger;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    boolean run(long communeId, LocalDate night, RoundStep step) {
        Instant now = clock.instant();
        if (!ledger.claim(communeId, night, step, now)) {
            return false;
        }
        Commune commune = registry.commune(communeId);
        RoundSchedule schedule = settings.schedule(commune, night);
        if (step == RoundStep.PATROL) {
            start(commune, schedule, now);
            events.publishEvent(new PatrolRecorded(communeId, night, null));
        } else if (step == RoundStep.PAT_CLOSE) {
            List<PatrolNight> open = nights.findByCommuneIdAndNightAndStatus(communeId, night, PatrolStatus.PENDING);
            open.forEach(p -> p.close(now));
            events.publishEvent(new PatrolRecorded(communeId, night, null));
            log.info("Patrols of commune {} for {} closed: {} missed", communeId, night, open.size());
        } else if (now.isBefore(schedule.at(RoundStep.PAT_CLOSE))) {
            escalate(commune, night, step, now);
        }
        return true;
    }

    private void start(Commune commune, RoundSchedule schedule, Instant now) {
        Instant due = schedule.gongAt().plus(settings.patrolDue());
        boolean down = now.isAfter(due);
        RoundFacts facts = RoundFacts.load(commune, directory);
        for (PatrolRoster roster : rosters.findByVillageIdIn(facts.villages().keySet())) {
            LocalDate night = schedule.night();
            if (nights.findByVillageIdAndNight(roster.getVillageId(), night).isPresent()) {
                continue;
            }
            Long leader = swaps.findByVillageIdAndNight(roster.getVillageId(), night).map(PatrolSwap::getPersonId)
                    .orElseGet(() -> roster.leaderOn(night).orElse(null));
            PatrolNight patrol = nights.save(new PatrolNight(commune.getId(), roster.getVillageId(), night, due, leader,
                    roster.getBackupId()));
            if (down) {
                patrol.serviceDown(now);
                continue;
            }
            Map<String, Object> params = params(facts, patrol);
            if (leader != null && !notices.ask(leader, "patrol.reminder", patrol, params).isEmpty()) {
                patrol.reminded(now);
                continue;
            }
            List<Long> heads = facts.headsOrPolice(patrol.getVillageId());
            heads.forEach(head -> notices.ask(head, "patrol.no_leader", patrol, params));
            patrol.ask(new HashSet<>(heads));
        }
        if (down) {
            log.warn("Patrols of commune {} for {} could not be reminded in time: SERVICE_DOWN", commune.getId(),
                    schedule.night());
        }
    }

    private void escalate(Commune commune, LocalDate night, RoundStep step, Instant now) {
        List<PatrolNight> open = nights.findByCommuneIdAndNightAndStatus(commune.getId(), night, PatrolStatus.PENDING);
        if (open.isEmpty()) {
            return;
        }
        RoundFacts facts = RoundFacts.load(commune, directory);
        for (PatrolNight patrol : open) {
            Map<String, Object> params = params(facts, patrol);
            Set<Long> asked = new HashSet<>();
            switch (step) {
                case PAT_BACKUP -> {
                    if (patrol.getOnDutyId() != null) {
                        notices.ask(patrol.getOnDutyId(), "patrol.reminder_again", patrol, params);
                    }
                    if (patrol.getBackupId() != null) {
                        notices.ask(patrol.getBackupId(), "patrol.backup_ask", patrol, params);
                        asked.add(patrol.getBackupId());
                    }
                }
                case PAT_HEAD -> asked.addAll(facts.heads().getOrDefault(patrol.getVillageId(), List.of()));
                default -> asked.addAll(facts.police());
            }
            if (step != RoundStep.PAT_BACKUP) {
                String template = step == RoundStep.PAT_HEAD ? "patrol.head_alert" : "patrol.police_alert";
                asked.forEach(person -> notices.ask(person, template, patrol, params));
            }
            patrol.ask(asked);
        }
    }

    /** village, night, leader: what every patrol message names. */
    private Map<String, Object> params(RoundFacts facts, PatrolNight patrol) {
        PersonCard leader = directory.person(patrol.getOnDutyId());
        return params(facts.villageName(patrol.getVillageId()), patrol, facts.commune(),
                leader == null ? null : leader.name());
    }

    static Map<String, Object> params(String village, PatrolNight patrol, Commune commune, String leader) {
        Map<String, Object> params = new HashMap<>();
        params.put("village", village);
        params.put("night", DutyNotices.DAY.format(patrol.getNight()));
        params.put("due", DutyNotices.TIME.format(java.time.LocalTime.ofInstant(patrol.getDueAt(), commune.getTimeZone())));
        params.put("leader", Objects.toString(leader, "-"));
        return params;
    }
}
