package vn.keng.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Notice;
import vn.keng.registry.Commune;
import vn.keng.registry.Person;
import vn.keng.registry.PersonCard;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.RoundDirectory;

/**
 * What strikers and everyone asked during a night do: confirm the strike, or say they cannot.
 * Each use case answers with the reply for the sender.
 */
@Service
@Transactional
class Strikes {

    private final Registry registry;
    private final NightlyDuties duties;
    private final RoundDirectory directory;
    private final DutyNotices notices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Strikes(Registry registry, NightlyDuties duties, RoundDirectory directory, DutyNotices notices, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.registry = registry;
        this.duties = duties;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
    }

    /** A confirmation of one night (a tapped button, a digit answering the reminder). */
    public Notice confirm(long dutyId, Long personId, ChannelType via, Instant at) {
        Optional<NightlyDuty> duty = duties.findById(dutyId);
        if (duty.isEmpty()) {
            return DutyNotices.reply("duty.no_duty", Map.of());
        }
        return confirm(duty.get(), personId, via, at);
    }

    /**
     * A confirmation by keyword ("ok", "da danh"): the open night the sender was asked for; else, from
     * a village head, an open night of their village's gong point (a substitute); else the latest
     * night they were asked for (already confirmed, or closed); else a clear answer.
     *
     * @param hint the text after the keyword: a village name picks among several open nights
     */
    public Notice confirmOpen(Long personId, ChannelType via, Instant at, String hint) {
        List<NightlyDuty> open = duties.findOpenAsking(personId);
        if (open.size() > 1) {
            String folded = Texts.fold(hint);
            List<NightlyDuty> named = folded.isEmpty() ? List.of() : open.stream()
                    .filter(d -> Texts.fold(villageName(d)).contains(folded) || folded.contains(Texts.fold(villageName(d))))
                    .toList();
            if (named.size() != 1) {
                String villages = String.join(", ", open.stream().map(this::villageName).distinct().toList());
                return DutyNotices.reply("duty.ambiguous", Map.of("villages", villages));
            }
            open = named;
        }
        if (open.size() == 1) {
            return confirm(open.get(0), personId, via, at);
        }
        Person person = registry.person(personId);
        if (person.getVillageId() != null && person.hasRole(Role.VILLAGE_HEAD)) {
            List<NightlyDuty> village = duties.findByVillageIdAndStatusOrderByGongPointId(person.getVillageId(),
                    DutyStatus.PENDING);
            if (!village.isEmpty()) {
                return confirm(village.get(0), personId, via, at);
            }
        }
        return duties.findLatestAsking(personId, Limit.of(1)).stream().findFirst()
                .map(last -> confirm(last, personId, via, at))
                .orElseGet(() -> DutyNotices.reply("duty.no_duty", Map.of()));
    }

    private Notice confirm(NightlyDuty duty, Long personId, ChannelType via, Instant at) {
        Instant when = at == null || at.isAfter(clock.instant()) ? clock.instant() : at;
        Confirmation result = duty.confirm(personId, via, when);
        events.publishEvent(NightRecorded.of(duty));
        notices.answered(personId, duty.getId());
        Map<String, Object> params = params(duty);
        return switch (result) {
            case ON_TIME -> DutyNotices.reply("duty.thanks", params);
            case LATE -> DutyNotices.reply("duty.thanks_late", params);
            case SUBSTITUTE -> DutyNotices.reply("duty.thanks_substitute", params);
            case ALREADY_CONFIRMED -> DutyNotices.reply("duty.already_confirmed", params);
            case CLOSED -> closed(duty, params);
        };
    }

    private Notice closed(NightlyDuty duty, Map<String, Object> params) {
        boolean struck = duty.getConfirmedBy() != null;
        if (struck) {
            PersonCard by = directory.person(duty.getConfirmedBy());
            params.put("name", by == null ? "?" : by.name());
        }
        return DutyNotices.reply(struck ? "duty.confirmed_by_other" : "duty.closed", params);
    }

    /** "Khong danh duoc" for one night: the duty moves to the backup at once, or the village head is told. */
    public Notice cannot(long dutyId, Long personId) {
        return duties.findById(dutyId).map(duty -> cannot(duty, personId))
                .orElseGet(() -> DutyNotices.reply("duty.no_duty", Map.of()));
    }

    /** "Khong danh duoc" by keyword: the open night the sender is on duty for. */
    public Notice cannotOpen(Long personId) {
        return duties.findOpenAsking(personId).stream().filter(d -> personId.equals(d.getOnDutyId())).findFirst()
                .map(duty -> cannot(duty, personId)).orElseGet(() -> DutyNotices.reply("duty.no_duty", Map.of()));
    }

    private Notice cannot(NightlyDuty duty, Long personId) {
        Map<String, Object> params = params(duty);
        notices.answered(personId, duty.getId());
        if (!duty.getStatus().open()) {
            return closed(duty, params);
        }
        if (!personId.equals(duty.getOnDutyId())) {
            return DutyNotices.reply("duty.cannot_noted", params);
        }
        Instant now = clock.instant();
        PersonCard striker = directory.person(personId);
        params.put("striker", striker == null ? "?" : striker.name());
        Long backup = duty.getBackupId();
        if (backup != null && duty.handOver(backup, "person:" + personId, now)) {
            notices.ask(backup, "duty.takeover", duty, params);
            PersonCard card = directory.person(backup);
            params.put("backup", card == null ? "?" : card.name());
            return DutyNotices.reply("duty.cannot_ack", params);
        }
        Commune commune = registry.commune(duty.getCommuneId());
        RoundFacts facts = RoundFacts.load(commune, directory);
        List<Long> heads = facts.headsOrPolice(duty.getVillageId());
        heads.forEach(head -> notices.ask(head, "duty.no_backup", duty, params));
        duty.ask(new HashSet<>(heads));
        return DutyNotices.reply("duty.cannot_no_backup", params);
    }

    private String villageName(NightlyDuty duty) {
        return registry.village(duty.getVillageId()).getName();
    }

    private Map<String, Object> params(NightlyDuty duty) {
        Commune commune = registry.commune(duty.getCommuneId());
        Map<String, Object> params = DutyNotices.params(villageName(duty),
                registry.gongPoint(duty.getGongPointId()).getName(), duty.getGongAt(), commune.getTimeZone());
        params.put("night", DutyNotices.DAY.format(duty.getNight()));
        return params;
    }

    static LocalDate today(Commune commune, Clock clock) {
        return LocalDate.ofInstant(clock.instant(), commune.getTimeZone());
    }
}
