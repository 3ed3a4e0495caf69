package vn.keng.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.registry.Commune;
import vn.keng.registry.DutyRoster;
import vn.keng.registry.GongPoint;
import vn.keng.registry.PersonCard;
import vn.keng.registry.Registry;
import vn.keng.registry.RoundDirectory;

/**
 * The nightly round of a commune, step by step. Every step is idempotent, keyed by commune, night
 * and step: the scheduler may fire it twice, on two instances, and the round runs once.
 */
@Service
@Transactional
public class GongRounds {

    private static final Logger log = LoggerFactory.getLogger(GongRounds.class);

    private final Registry registry;
    private final NightlyDuties duties;
    private final NightSwaps swaps;
    private final RoundDirectory directory;
    private final RoundLedger ledger;
    private final DutyNotices notices;
    private final DutyWriter writer;
    private final MorningDigest digest;
    private final PatrolRounds patrols;
    private final DutySettings settings;
    private final Clock clock;

    GongRounds(Registry registry, NightlyDuties duties, NightSwaps swaps, RoundDirectory directory, RoundLedger ledger,
            DutyNotices notices, DutyWriter writer, MorningDigest digest, PatrolRounds patrols, DutySettings settings, Clock clock) {
        this.patrols = patrols;
        this.registry = registry;
        this.duties = duties;
        this.swaps = swaps;
        this.directory = directory;
        this.ledger = ledger;
        this.notices = notices;
        this.writer = writer;
        this.digest = digest;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs one step of a night: what the scheduler calls. @return false if the step had run before */
    public boolean run(long communeId, LocalDate night, RoundStep step) {
        return switch (step) {
            case START -> startRound(communeId, night);
            case BACKUP, HEAD, POLICE -> escalate(communeId, night, step);
            case CLOSE -> close(communeId, night);
            case DIGEST -> sendDigest(communeId, night);
            case PATROL, PAT_BACKUP, PAT_HEAD, PAT_POLICE, PAT_CLOSE -> patrols.run(communeId, night, step);
        };
    }

    /** When each step of the commune's night runs. */
    @Transactional(readOnly = true)
    public RoundSchedule schedule(long communeId, LocalDate night) {
        return settings.schedule(registry.commune(communeId), night);
    }

    /** Whether the night's round has started (or was recorded as service down). */
    @Transactional(readOnly = true)
    public boolean started(long communeId, LocalDate night) {
        return ledger.taken(communeId, night, RoundStep.START);
    }

    /**
     * Creates the night's record of every gong point and reminds the strikers. Run past the gong
     * time plus the grace (the service was down at reminder time), it records SERVICE_DOWN instead.
     */
    public boolean startRound(long communeId, LocalDate night) {
        Commune commune = registry.commune(communeId);
        RoundSchedule schedule = settings.schedule(commune, night);
        Instant now = clock.instant();
        if (now.isAfter(schedule.deadline())) {
            return markServiceDown(communeId, night);
        }
        if (!ledger.claim(communeId, night, RoundStep.START, now)) {
            log.info("Round of commune {} for {} had started already", communeId, night);
            return false;
        }
        RoundFacts facts = RoundFacts.load(commune, directory);
        List<NightlyDuty> records = createRecords(facts, schedule);
        if (records.isEmpty()) {
            return true;
        }
        Map<Long, PersonCard> strikers = directory.people(records.stream().map(NightlyDuty::getOnDutyId)
                .filter(java.util.Objects::nonNull).toList());
        records.stream().filter(d -> reachable(strikers.get(d.getOnDutyId()))).forEach(d -> d.reminded(now));
        writer.insert(records);
        List<NightlyDuty> created = duties.findByCommuneIdAndNightOrderByVillageIdAscGongPointIdAsc(communeId, night);
        for (NightlyDuty duty : created) {
            remind(facts, duty, strikers.get(duty.getOnDutyId()), now);
        }
        log.info("Round of commune {} for {} started: {} gong points", communeId, night, created.size());
        return true;
    }

    private void remind(RoundFacts facts, NightlyDuty duty, PersonCard striker, Instant now) {
        Map<String, Object> params = facts.params(duty);
        if (striker == null) {
            List<Long> heads = facts.headsOrPolice(duty.getVillageId());
            heads.forEach(head -> notices.tell(head, "duty.no_striker", params, duty.getId()));
            duty.escalate(RoundStep.START, new HashSet<>(heads), now);
            return;
        }
        params.put("striker", striker.name());
        if (striker.reachable() && !notices.ask(striker.id(), "duty.reminder", duty, params).isEmpty()) {
            return; // remindedAt was written with the record
        }
        duty.notReminded();
        List<Long> heads = facts.headsOrPolice(duty.getVillageId());
        heads.forEach(head -> notices.tell(head, "duty.unreachable", params, duty.getId()));
        duty.escalate(RoundStep.START, new HashSet<>(heads), now);
    }

    private static boolean reachable(PersonCard person) {
        return person != null && person.reachable();
    }

    private List<NightlyDuty> createRecords(RoundFacts facts, RoundSchedule schedule) {
        LocalDate night = schedule.night();
        Set<Long> existing = new HashSet<>(duties.findGongPointIds(facts.commune().getId(), night));
        Map<Long, DutyRoster> rosters = directory.rostersOfCommune(facts.commune().getId());
        Map<Long, Long> swapped = swaps.findByGongPointIdInAndNight(facts.gongPoints().keySet(), night).stream()
                .collect(Collectors.toMap(NightSwap::getGongPointId, NightSwap::getPersonId));
        List<NightlyDuty> records = new ArrayList<>();
        for (GongPoint point : facts.gongPoints().values()) {
            if (existing.contains(point.getId())) {
                continue;
            }
            DutyRoster roster = rosters.get(point.getId());
            Long striker = swapped.getOrDefault(point.getId(),
                    roster == null ? null : roster.strikerOn(night).orElse(null));
            Long backup = roster == null || java.util.Objects.equals(roster.getBackupId(), striker) ? null
                    : roster.getBackupId();
            records.add(new NightlyDuty(facts.commune().getId(), point.getVillageId(), point.getId(), night,
                    schedule.gongAt(), schedule.deadline(), striker, backup));
        }
        return records;
    }

    /**
     * Records the night as SERVICE_DOWN for every gong point: nobody was reminded because the
     * service was down. Never counted as the striker's miss.
     */
    public boolean markServiceDown(long communeId, LocalDate night) {
        Instant now = clock.instant();
        if (!ledger.claim(communeId, night, RoundStep.START, now)) {
            return false;
        }
        Commune commune = registry.commune(communeId);
        RoundFacts facts = RoundFacts.load(commune, directory);
        List<NightlyDuty> records = createRecords(facts, settings.schedule(commune, night));
        records.forEach(duty -> NightlyDuty.serviceDown(duty, now));
        if (!records.isEmpty()) {
            writer.insert(records);
        }
        log.warn("Round of commune {} for {} could not run in time: {} gong points recorded as SERVICE_DOWN",
                communeId, night, records.size());
        return true;
    }

    /** One escalation step for every open night of the commune: BACKUP, HEAD, POLICE, or CLOSE. */
    public boolean escalate(long communeId, LocalDate night, RoundStep step) {
        if (step == RoundStep.CLOSE) {
            return close(communeId, night);
        }
        if (step != RoundStep.BACKUP && step != RoundStep.HEAD && step != RoundStep.POLICE) {
            throw new IllegalArgumentException(step + " is not an escalation step");
        }
        Instant now = clock.instant();
        if (!ledger.claim(communeId, night, step, now)) {
            return false;
        }
        Commune commune = registry.commune(communeId);
        RoundSchedule schedule = settings.schedule(commune, night);
        if (!now.isBefore(schedule.at(RoundStep.CLOSE))) {
            log.info("Escalation {} of commune {} for {} ran after the close: skipped", step, communeId, night);
            return true;
        }
        List<NightlyDuty> open = duties.findByCommuneIdAndNightAndStatus(communeId, night, DutyStatus.PENDING);
        if (open.isEmpty()) {
            return true;
        }
        RoundFacts facts = RoundFacts.load(commune, directory);
        Map<Long, PersonCard> people = directory.people(open.stream()
                .flatMap(d -> java.util.stream.Stream.of(d.getOnDutyId(), d.getBackupId()))
                .filter(java.util.Objects::nonNull).toList());
        for (NightlyDuty duty : open) {
            Map<String, Object> params = facts.params(duty);
            PersonCard onDuty = people.get(duty.getOnDutyId());
            params.put("striker", onDuty == null ? "-" : onDuty.name());
            Set<Long> asked = new HashSet<>();
            switch (step) {
                case BACKUP -> {
                    if (onDuty != null) {
                        notices.ask(onDuty.id(), "duty.reminder_again", duty, params);
                        // A ringing phone before the ladder moves on (keng.voice.enabled); worth it until the head is told.
                        notices.call(onDuty.id(), duty, params, schedule.at(RoundStep.HEAD));
                    }
                    Long backup = duty.getBackupId();
                    if (backup != null && !backup.equals(duty.getOnDutyId())) {
                        notices.ask(backup, "duty.backup_ask", duty, params);
                        asked.add(backup);
                    }
                }
                case HEAD -> asked.addAll(facts.heads().getOrDefault(duty.getVillageId(), List.of()));
                default -> asked.addAll(facts.police());
            }
            if (step != RoundStep.BACKUP) {
                String template = step == RoundStep.HEAD ? "duty.head_alert" : "duty.police_alert";
                asked.forEach(person -> notices.ask(person, template, duty, params));
            }
            duty.escalate(step, asked, now);
        }
        return true;
    }

    /** Closes the night: every unconfirmed record becomes MISSED. */
    public boolean close(long communeId, LocalDate night) {
        Instant now = clock.instant();
        if (!ledger.claim(communeId, night, RoundStep.CLOSE, now)) {
            return false;
        }
        List<NightlyDuty> open = duties.findByCommuneIdAndNightAndStatus(communeId, night, DutyStatus.PENDING);
        open.forEach(duty -> duty.close(now));
        if (!open.isEmpty()) {
            writer.recorded(communeId, night);
        }
        log.info("Round of commune {} for {} closed: {} missed", communeId, night, open.size());
        return true;
    }

    /** The morning digest of the night to the commune's police and officials. */
    public boolean sendDigest(long communeId, LocalDate night) {
        if (!ledger.claim(communeId, night, RoundStep.DIGEST, clock.instant())) {
            return false;
        }
        digest.send(registry.commune(communeId), night);
        return true;
    }
}
