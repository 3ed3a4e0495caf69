package vn.keng.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.keng.duty.EscalationTaken;
import vn.keng.duty.RoundEntry;
import vn.keng.duty.RoundRecords;
import vn.keng.duty.Swaps;
import vn.keng.incident.IncidentQueries;
import vn.keng.incident.IncidentView;
import vn.keng.registry.Commune;
import vn.keng.registry.GongPoint;
import vn.keng.registry.Person;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Village;

/** Tonight's round of a commune as the console shows it: every gong point, planned or recorded, and open incidents. */
@Component
class Tonight {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final RegistryReads reads;
    private final RoundRecords records;
    private final Swaps swaps;
    private final IncidentQueries incidents;

    Tonight(RegistryReads reads, RoundRecords records, Swaps swaps, IncidentQueries incidents) {
        this.reads = reads;
        this.records = records;
        this.swaps = swaps;
        this.incidents = incidents;
    }

    /**
     * One gong point tonight. {@code status} is the record's (PENDING before the round starts);
     * {@code step} the last escalation taken (null: none); times as HH:mm in the commune's zone.
     */
    record Point(Long gongPointId, Long dutyId, String village, String gongPoint, String condition, Long strikerId,
            String striker, String status, String reminder, String remindedAt, String confirmedAt, String confirmedBy,
            String step, boolean swapped) {
    }

    record Night(LocalDate date, String gongTime, String reminderTime, List<Point> points, List<Incident> open,
            List<Person> candidates) {
    }

    /** An open incident with its timeline, times as HH:mm in the commune's zone. */
    record Incident(IncidentView view, List<Step> timeline) {
    }

    record Step(String at, String kind, String detail) {
    }

    Night of(Commune commune) {
        long id = commune.getId();
        LocalDate night = swaps.today(id);
        ZoneId zone = commune.getTimeZone();
        Map<Long, RoundEntry> recorded = records.night(id, night).stream()
                .collect(Collectors.toMap(RoundEntry::gongPointId, Function.identity(), (a, b) -> a));
        Map<Long, String> villages = reads.villages(id).stream().collect(Collectors.toMap(Village::getId, Village::getName));
        List<Person> people = reads.peopleOfCommune(id);
        Map<Long, String> names = people.stream().collect(Collectors.toMap(Person::getId, Person::getName));
        String reminder = commune.getGongTime().minus(commune.getReminderLead()).format(HM);
        List<Point> points = new ArrayList<>();
        for (GongPoint p : reads.gongPointsOfCommune(id)) {
            RoundEntry e = recorded.get(p.getId());
            Long planned = swaps.plan(p.getId(), night, night).get(night);
            if (e == null) {
                points.add(new Point(p.getId(), null, villages.get(p.getVillageId()), p.getName(), p.getCondition().name(),
                        planned, planned == null ? null : names.get(planned), "PENDING", reminder, null, null, null, null,
                        false));
                continue;
            }
            List<EscalationTaken> steps = e.escalations() == null ? List.of() : e.escalations();
            points.add(new Point(p.getId(), e.dutyId(), e.village(), e.gongPoint(), p.getCondition().name(),
                    e.onDuty() == null ? null : e.onDuty().id(), e.onDuty() == null ? null : e.onDuty().name(),
                    e.status().name(), reminder, time(e.remindedAt(), zone), time(e.confirmedAt(), zone),
                    e.confirmedBy() == null ? null : e.confirmedBy().name(),
                    steps.isEmpty() ? null : steps.get(steps.size() - 1).step().name(),
                    e.striker() != null && e.onDuty() != null && !e.striker().id().equals(e.onDuty().id())));
        }
        List<Incident> open = incidents.byCommune(id).stream().filter(i -> !i.status().isClosed())
                .map(i -> incidents.detail(i.id()).orElse(i))
                .map(i -> new Incident(i, (i.timeline() == null ? List.<IncidentView.Step>of() : i.timeline()).stream()
                        .map(s -> new Step(time(s.at(), zone), s.kind(), s.detail())).toList()))
                .toList();
        List<Person> candidates = people.stream().filter(p -> p.getRoles().contains(vn.keng.registry.Role.STRIKER)
                || p.getRoles().contains(vn.keng.registry.Role.VILLAGE_HEAD)).toList();
        return new Night(night, commune.getGongTime().format(HM), reminder, points, open, candidates);
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? null : HM.format(at.atZone(zone));
    }
}
