package vn.keng.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.messaging.Notice;
import vn.keng.platform.ConflictException;
import vn.keng.platform.NotFoundException;
import vn.keng.registry.Commune;
import vn.keng.registry.Person;
import vn.keng.registry.PersonCard;
import vn.keng.registry.Registry;
import vn.keng.registry.Rotation;
import vn.keng.registry.RoundDirectory;
import vn.keng.registry.Village;

/**
 * The patrol after the gong, for people and officials: the leader's "TUAN TRA XONG" (with a note),
 * the village's patrol roster, one-night swaps, and the record of the nights.
 */
@Service
@Transactional
public class Patrols {

    private final Registry registry;
    private final PatrolNights nights;
    private final PatrolRosters rosters;
    private final PatrolSwaps swaps;
    private final RoundDirectory directory;
    private final PatrolNotices notices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Patrols(Registry registry, PatrolNights nights, PatrolRosters rosters, PatrolSwaps swaps, RoundDirectory directory,
            PatrolNotices notices, Clock clock, ApplicationEventPublisher events) {
        this.registry = registry;
        this.nights = nights;
        this.rosters = rosters;
        this.swaps = swaps;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    /**
     * "TUAN TRA XONG[, note]": the open patrol night the sender was asked for (by id when the
     * reminder's option was chosen). Anyone else is told politely that the answer is not counted.
     */
    public Notice done(Long personId, Long patrolId, String note) {
        Instant now = clock.instant();
        List<PatrolNight> open = patrolId == null ? nights.findOpenAsking(personId)
                : nights.findById(patrolId).filter(p -> p.asked(personId)).stream().toList();
        Optional<PatrolNight> target = open.stream().filter(p -> p.getStatus().open()).findFirst();
        if (target.isEmpty()) {
            Optional<PatrolNight> last = open.isEmpty() ? nights.findLatestAsking(personId, Limit.of(1)).stream()
                    .filter(p -> p.getNight().isAfter(today(personId).minusDays(2))).findFirst() : Optional.of(open.get(0));
            return last.map(p -> closed(p, personId))
                    .orElseGet(() -> PatrolNotices.reply("patrol.not_on_duty", Map.of()));
        }
        PatrolNight patrol = target.get();
        patrol.done(personId, note, now);
        events.publishEvent(new PatrolRecorded(patrol.getCommuneId(), patrol.getNight(), patrol.getVillageId()));
        notices.answered(personId, patrol);
        Map<String, Object> params = params(patrol);
        return PatrolNotices.reply(patrol.getNote() == null ? "patrol.thanks" : "patrol.thanks_note", params);
    }

    private Notice closed(PatrolNight patrol, Long personId) {
        Map<String, Object> params = params(patrol);
        if (patrol.getStatus() == PatrolStatus.DONE) {
            PersonCard by = directory.person(patrol.getDoneBy());
            params.put("name", by == null ? "?" : by.name());
            return PatrolNotices.reply(personId.equals(patrol.getDoneBy()) ? "patrol.already_done" : "patrol.done_by_other",
                    params);
        }
        return PatrolNotices.reply("patrol.closed", params);
    }

    private LocalDate today(Long personId) {
        Commune commune = registry.commune(registry.person(personId).getCommuneId());
        return LocalDate.ofInstant(clock.instant(), commune.getTimeZone());
    }

    private Map<String, Object> params(PatrolNight patrol) {
        Commune commune = registry.commune(patrol.getCommuneId());
        PersonCard leader = directory.person(patrol.getOnDutyId());
        return PatrolRounds.params(registry.village(patrol.getVillageId()).getName(), patrol, commune,
                leader == null ? null : leader.name());
    }

    /** Sets the village's patrol roster: its leaders in turn order, the rotation and the backup, all of the commune. */
    public PatrolRoster setRoster(long villageId, Rotation rotation, LocalDate startDate, List<Long> leaderIds,
            Long backupId) {
        Village village = registry.village(villageId);
        List<Long> everyone = new ArrayList<>(leaderIds == null ? List.of() : leaderIds);
        if (backupId != null) {
            everyone.add(backupId);
        }
        for (Long id : everyone) {
            Person person = registry.person(id);
            if (!person.getCommuneId().equals(village.getCommuneId())) {
                throw new IllegalArgumentException("person " + id + " is not in the village's commune");
            }
        }
        PatrolRoster roster = rosters.findByVillageId(villageId).orElse(null);
        if (roster == null) {
            return rosters.save(new PatrolRoster(villageId, rotation, startDate, leaderIds, backupId));
        }
        roster.change(rotation, startDate, leaderIds, backupId);
        return roster;
    }

    @Transactional(readOnly = true)
    public PatrolRoster roster(long villageId) {
        registry.village(villageId);
        return rosters.findByVillageId(villageId).orElseThrow(() -> new NotFoundException("PatrolRoster", villageId));
    }

    /** Removes the village's patrol roster: no patrol reminders from the next night on. */
    public void removeRoster(long villageId) {
        rosters.delete(roster(villageId));
    }

    /** Puts a person in charge of the village's patrol for one night; a closed night is a conflict. */
    public PatrolSwap swap(long villageId, LocalDate night, long personId) {
        Village village = registry.village(villageId);
        Person person = registry.person(personId);
        if (!person.getCommuneId().equals(village.getCommuneId())) {
            throw new IllegalArgumentException("person " + personId + " is not in the village's commune");
        }
        Instant now = clock.instant();
        Optional<PatrolNight> record = nights.findByVillageIdAndNight(villageId, night);
        if (record.isPresent() && !record.get().getStatus().open()) {
            throw new ConflictException("the patrol of " + night + " in village " + villageId + " is closed");
        }
        record.filter(p -> p.handOver(personId))
                .ifPresent(p -> notices.ask(personId, "patrol.reminder", p, params(p)));
        PatrolSwap swap = swaps.findByVillageIdAndNight(villageId, night).orElse(null);
        if (swap == null) {
            return swaps.save(new PatrolSwap(villageId, night, personId, now));
        }
        swap.changeTo(personId, now);
        return swap;
    }

    /** The patrol nights of a commune's night, one per village with a roster. */
    @Transactional(readOnly = true)
    public List<PatrolNight> night(long communeId, LocalDate night) {
        registry.commune(communeId);
        return nights.findByCommuneIdAndNightOrderByVillageId(communeId, night);
    }
}
