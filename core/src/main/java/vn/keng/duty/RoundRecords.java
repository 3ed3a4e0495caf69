package vn.keng.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.platform.NotFoundException;
import vn.keng.registry.PersonCard;
import vn.keng.registry.Registry;
import vn.keng.registry.RoundDirectory;

/** The record of the nights, for officials: one entry per gong point, and excuses. */
@Service
@Transactional
public class RoundRecords {

    private final Registry registry;
    private final NightlyDuties duties;
    private final RoundDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RoundRecords(Registry registry, NightlyDuties duties, RoundDirectory directory, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.registry = registry;
        this.duties = duties;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RoundEntry> night(long communeId, LocalDate night) {
        registry.commune(communeId);
        List<NightlyDuty> records = duties.findByCommuneIdAndNightOrderByVillageIdAscGongPointIdAsc(communeId, night);
        var villages = directory.villages(communeId);
        var points = directory.gongPoints(communeId).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.getId(), p -> p.getName()));
        Map<Long, PersonCard> people = directory.people(records.stream()
                .flatMap(d -> Stream.of(d.getStrikerId(), d.getOnDutyId(), d.getConfirmedBy()))
                .filter(Objects::nonNull).toList());
        return records.stream().map(d -> new RoundEntry(d.getId(), d.getGongPointId(), points.get(d.getGongPointId()),
                d.getVillageId(), villages.containsKey(d.getVillageId()) ? villages.get(d.getVillageId()).getName() : null,
                d.getNight(), person(people, d.getStrikerId()), person(people, d.getOnDutyId()), d.effectiveStatus(),
                d.getStatus(), d.getRemindedAt(), d.getConfirmedAt(), person(people, d.getConfirmedBy()),
                d.getChannel() == null ? null : d.getChannel().name(), d.getEscalations(), d.getAnnotations()))
                .toList();
    }

    /** An official excuses a missed or late night; the record keeps its status and gains an annotation. */
    public RoundEntry excuse(long dutyId, String reason, String author) {
        NightlyDuty duty = duties.findById(dutyId).orElseThrow(() -> new NotFoundException("Duty", dutyId));
        duty.excuse(reason, author, clock.instant());
        events.publishEvent(NightRecorded.of(duty));
        duties.flush();
        return night(duty.getCommuneId(), duty.getNight()).stream().filter(e -> e.dutyId().equals(dutyId))
                .findFirst().orElseThrow();
    }

    private static RoundEntry.Person person(Map<Long, PersonCard> people, Long id) {
        PersonCard card = id == null ? null : people.get(id);
        return card == null ? null
                : new RoundEntry.Person(card.id(), card.name(), card.phone() == null ? null : card.phone().e164());
    }
}
