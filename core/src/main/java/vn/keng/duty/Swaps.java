package vn.keng.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.messaging.Notice;
import vn.keng.platform.ConflictException;
import vn.keng.registry.Commune;
import vn.keng.registry.DutyRoster;
import vn.keng.registry.GongPoint;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.RoundDirectory;

/**
 * One-night swaps: set by an official through the API, or asked by a striker's "DOI CA" and
 * accepted by the backup. Before the round the swap decides who is reminded; during the round the
 * duty moves at once and the new striker is reminded.
 */
@Service
@Transactional
public class Swaps {

    private final Registry registry;
    private final NightlyDuties duties;
    private final NightSwaps swaps;
    private final RoundDirectory directory;
    private final DutyNotices notices;
    private final Clock clock;

    Swaps(Registry registry, NightlyDuties duties, NightSwaps swaps, RoundDirectory directory, DutyNotices notices,
            Clock clock) {
        this.registry = registry;
        this.duties = duties;
        this.swaps = swaps;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
    }

    /** Puts a person on duty at a gong point for one night. */
    public NightSwap swap(long gongPointId, LocalDate night, long personId, String author) {
        GongPoint point = registry.gongPoint(gongPointId);
        Person person = registry.person(personId);
        Commune commune = registry.commune(registry.village(point.getVillageId()).getCommuneId());
        if (!person.getCommuneId().equals(commune.getId())) {
            throw new IllegalArgumentException("person " + personId + " is not in the gong point's commune");
        }
        Instant now = clock.instant();
        Optional<NightlyDuty> record = duties.findByGongPointIdAndNight(gongPointId, night);
        if (record.isPresent() && !record.get().getStatus().open()) {
            throw new ConflictException("the night of " + night + " at gong point " + gongPointId + " is closed");
        }
        NightSwap swap = swaps.findByGongPointIdAndNight(gongPointId, night).orElse(null);
        if (swap == null) {
            swap = swaps.save(new NightSwap(gongPointId, night, personId, now));
        } else {
            swap.changeTo(personId, now);
        }
        record.filter(duty -> duty.handOver(personId, author, now)).ifPresent(duty -> {
            RoundFacts facts = RoundFacts.load(commune, directory);
            Map<String, Object> params = facts.params(duty);
            params.put("striker", person.getName());
            if (!notices.ask(personId, "duty.reminder", duty, params).isEmpty()) {
                duty.reminded(now);
            }
        });
        return swap;
    }

    /** "DOI CA": asks the backup of the sender's gong point to take tonight. */
    public Notice requestSwap(Long personId) {
        Person person = registry.person(personId);
        Commune commune = registry.commune(person.getCommuneId());
        Optional<NightlyDuty> open = duties.findOpenAsking(personId).stream()
                .filter(d -> personId.equals(d.getOnDutyId())).findFirst();
        Long gongPointId;
        LocalDate night;
        Long backup;
        if (open.isPresent()) {
            gongPointId = open.get().getGongPointId();
            night = open.get().getNight();
            backup = open.get().getBackupId();
        } else {
            night = Strikes.today(commune, clock);
            Optional<DutyRoster> roster = directory.rostersOf(personId).stream()
                    .filter(r -> personId.equals(onDuty(r, night))).findFirst();
            if (roster.isEmpty() || duties.findByGongPointIdAndNight(roster.get().getGongPointId(), night).isPresent()) {
                return DutyNotices.reply("duty.no_duty", Map.of());
            }
            gongPointId = roster.get().getGongPointId();
            backup = roster.get().getBackupId();
        }
        if (backup == null || backup.equals(personId)) {
            return DutyNotices.reply("duty.swap_no_backup", Map.of());
        }
        GongPoint point = registry.gongPoint(gongPointId);
        Map<String, Object> params = DutyNotices.params(registry.village(point.getVillageId()).getName(),
                point.getName(), java.time.LocalDateTime.of(night, commune.getGongTime())
                        .atZone(commune.getTimeZone()).toInstant(), commune.getTimeZone());
        params.put("night", DutyNotices.DAY.format(night));
        params.put("striker", person.getName());
        params.put("backup", registry.person(backup).getName());
        notices.askSwap(backup, gongPointId, night, params);
        return DutyNotices.reply("duty.swap_asked", params);
    }

    /** The backup's answer to "DOI CA". */
    public Notice answerSwap(long gongPointId, LocalDate night, Long personId, boolean accept) {
        DutyRoster roster = directory.rosters(java.util.List.of(gongPointId)).get(gongPointId);
        if (roster == null || !personId.equals(roster.getBackupId())) {
            return DutyNotices.reply("duty.no_duty", Map.of());
        }
        Long striker = duties.findByGongPointIdAndNight(gongPointId, night).map(NightlyDuty::getOnDutyId)
                .orElseGet(() -> onDuty(roster, night));
        Map<String, Object> params = Map.of("backup", registry.person(personId).getName(),
                "night", DutyNotices.DAY.format(night));
        if (!accept) {
            if (striker != null) {
                notices.tell(striker, "duty.swap_declined", params, null);
            }
            return DutyNotices.reply("duty.swap_decline_ack", params);
        }
        try {
            swap(gongPointId, night, personId, "person:" + personId);
        } catch (ConflictException closed) {
            return DutyNotices.reply("duty.closed", params);
        }
        if (striker != null && !striker.equals(personId)) {
            notices.tell(striker, "duty.swap_taken", params, null);
        }
        return DutyNotices.reply("duty.swap_take_ack", params);
    }

    /**
     * Who is on duty at a gong point each night from {@code from} to {@code to} (inclusive): the night's
     * record where there is one, else a swap, else the roster's turn; a night with nobody is absent.
     */
    @Transactional(readOnly = true)
    public java.util.SortedMap<LocalDate, Long> plan(long gongPointId, LocalDate from, LocalDate to) {
        registry.gongPoint(gongPointId);
        DutyRoster roster = directory.rosters(java.util.List.of(gongPointId)).get(gongPointId);
        java.util.SortedMap<LocalDate, Long> plan = new java.util.TreeMap<>();
        for (LocalDate night = from; !night.isAfter(to); night = night.plusDays(1)) {
            LocalDate n = night;
            Long person = duties.findByGongPointIdAndNight(gongPointId, n).map(NightlyDuty::getOnDutyId)
                    .orElseGet(() -> swaps.findByGongPointIdAndNight(gongPointId, n).map(NightSwap::getPersonId)
                            .orElseGet(() -> roster == null ? null : roster.strikerOn(n).orElse(null)));
            if (person != null) {
                plan.put(n, person);
            }
        }
        return plan;
    }

    /** Today in the commune's time zone: the night a round is planned or running for. */
    @Transactional(readOnly = true)
    public LocalDate today(long communeId) {
        return Strikes.today(registry.commune(communeId), clock);
    }

    private Long onDuty(DutyRoster roster, LocalDate night) {
        return swaps.findByGongPointIdAndNight(roster.getGongPointId(), night).map(NightSwap::getPersonId)
                .orElseGet(() -> roster.strikerOn(night).orElse(null));
    }
}
