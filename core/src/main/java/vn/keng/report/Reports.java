package vn.keng.report;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.platform.NotFoundException;
import vn.keng.registry.Commune;
import vn.keng.registry.Communes;
import vn.keng.registry.Village;
import vn.keng.registry.Villages;

/**
 * Builds summary reports: the period's figures and the previous period's, per village and for the
 * commune. Read-only: an error here (a bad period, an unknown commune) never marks the caller's
 * transaction for rollback, so a chat handler can still answer in it.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = Exception.class)
public class Reports {

    private final Communes communes;
    private final Villages villages;
    private final RegistryFigures registry;
    private final GongRoundFigures rounds;
    private final IncidentFigures incidents;
    private final ReportSettings settings;
    private final Clock clock;

    Reports(Communes communes, Villages villages, RegistryFigures registry, GongRoundFigures rounds,
            IncidentFigures incidents, ReportSettings settings, Clock clock) {
        this.communes = communes;
        this.villages = villages;
        this.registry = registry;
        this.rounds = rounds;
        this.incidents = incidents;
        this.settings = settings;
        this.clock = clock;
    }

    /** Reads a period as typed, in the commune's time zone (empty: this year so far). */
    public Period period(long communeId, String text) {
        return Period.parse(text, clock, commune(communeId).getTimeZone());
    }

    /** Reads a period as typed, in the time zone of the village's commune. */
    public Period villagePeriod(long villageId, String text) {
        Village village = villages.findById(villageId).orElseThrow(() -> new NotFoundException("Village", villageId));
        return Period.parse(text, clock, commune(village.getCommuneId()).getTimeZone());
    }

    /** The report of a whole commune. */
    public Report commune(long communeId, Period period) {
        Commune commune = commune(communeId);
        return build(commune, null, period);
    }

    /** The report of one village of a commune. */
    public Report village(long villageId, Period period) {
        Village village = villages.findById(villageId).orElseThrow(() -> new NotFoundException("Village", villageId));
        return build(commune(village.getCommuneId()), village, period);
    }

    private Commune commune(long communeId) {
        return communes.findById(communeId).orElseThrow(() -> new NotFoundException("Commune", communeId));
    }

    private Report build(Commune commune, Village village, Period period) {
        ReportScope scope = new ReportScope(commune.getId(), village == null ? null : village.getId(), commune.getTimeZone());
        RegistryNow now = registryNow(scope);
        return new Report(commune.getId(), commune.getName(), commune.getProvinceName(),
                scope.villageId(), village == null ? null : village.getName(), figures(scope, period, now),
                figures(scope, period.previous(), now), settings.householdsPerGong(), clock.instant());
    }

    /** The registry as it is now (read once: the previous period shows the same registry state). */
    private record RegistryNow(List<RegistryFigures.VillageRow> rows, Map<Long, SafetyGroupFigures> groups,
            Map<Long, GongPointFigures> points) {
    }

    private RegistryNow registryNow(ReportScope scope) {
        List<RegistryFigures.VillageRow> rows = registry.villages(scope);
        Map<Long, Integer> declared = new HashMap<>();
        rows.forEach(r -> declared.put(r.id(), r.declaredHouseholds()));
        return new RegistryNow(rows, registry.groups(scope, declared), registry.gongPoints(scope));
    }

    private Figures figures(ReportScope scope, Period period, RegistryNow now) {
        List<RegistryFigures.VillageRow> rows = now.rows();
        Map<Long, SafetyGroupFigures> groups = now.groups();
        Map<Long, GongPointFigures> points = now.points();
        Map<Long, Long> sms = registry.smsSegments(scope, period);
        Map<Long, GongRounds> nights = rounds.byVillage(scope, period);
        Map<Long, IncidentStats> cases = incidents.byVillage(scope, period);
        List<VillageFigures> list = new ArrayList<>();
        GongRounds allRounds = GongRounds.NONE;
        SafetyGroupFigures allGroups = SafetyGroupFigures.NONE;
        GongPointFigures allPoints = GongPointFigures.NONE;
        for (RegistryFigures.VillageRow row : rows) {
            VillageFigures v = row(row.id(), row.name(), nights.getOrDefault(row.id(), GongRounds.NONE),
                    cases.getOrDefault(row.id(), IncidentStats.NONE), groups.getOrDefault(row.id(), SafetyGroupFigures.NONE),
                    points.getOrDefault(row.id(), GongPointFigures.NONE), sms.getOrDefault(row.id(), 0L));
            list.add(v);
            allRounds = allRounds.plus(v.rounds());
            allGroups = allGroups.plus(v.groups());
            allPoints = allPoints.plus(v.gongPoints());
        }
        long allSms = sms.values().stream().mapToLong(Long::longValue).sum();
        VillageFigures total = row(null, null, allRounds, incidents.overall(scope, period), allGroups, allPoints, allSms);
        Map<YearMonth, Integer> perMonth = incidents.perMonth(scope, period);
        return new Figures(period, list, total, rounds.strikers(scope, period), perMonth);
    }

    private VillageFigures row(Long id, String name, GongRounds r, IncidentStats i, SafetyGroupFigures g,
            GongPointFigures p, long sms) {
        Double perGong = p.householdsPer(g.households());
        boolean needsGong = id != null && perGong != null && perGong > settings.householdsPerGong();
        return new VillageFigures(id, name, r, i, g, p, perGong, needsGong, sms);
    }
}
