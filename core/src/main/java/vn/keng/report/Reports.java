package vn.keng.report;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.messaging.CallCosts;
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
    private final QueryPlanning planning;
    private final CallCosts callCosts;
    private final PatrolFigures patrols;
    private final Clock clock;

    Reports(Communes communes, Villages villages, RegistryFigures registry, GongRoundFigures rounds,
            IncidentFigures incidents, ReportSettings settings, QueryPlanning planning, CallCosts callCosts,
            PatrolFigures patrols, Clock clock) {
        this.patrols = patrols;
        this.communes = communes;
        this.villages = villages;
        this.registry = registry;
        this.rounds = rounds;
        this.incidents = incidents;
        this.settings = settings;
        this.planning = planning;
        this.callCosts = callCosts;
        this.clock = clock;
    }

    /** Reads a period as typed, in the commune's time zone (empty: this year so far). */
    public Period period(long communeId, String text) {
        return Period.parse(text, clock, commune(communeId).getTimeZone());
    }

    /** Finds a period named in a sentence ("báo cáo tháng này"), in the commune's time zone. */
    public java.util.Optional<Period> findPeriod(long communeId, String text) {
        return Period.find(text, clock, commune(communeId).getTimeZone());
    }

    /** Reads a period as typed, in the time zone of the village's commune. */
    public Period villagePeriod(long villageId, String text) {
        Village village = villages.findById(villageId).orElseThrow(() -> new NotFoundException("Village", villageId));
        return Period.parse(text, clock, commune(village.getCommuneId()).getTimeZone());
    }

    /** Reads a period as typed, in the time zone of the province's communes. */
    public Period provincePeriod(String province, String text) {
        return Period.parse(text, clock, provinceCommunes(province).get(0).getTimeZone());
    }

    /** The report of a whole commune. */
    public Report commune(long communeId, Period period) {
        Commune commune = commune(communeId);
        return build(ReportScope.commune(commune.getId(), commune.getTimeZone()), commune, null, period);
    }

    /** The report of one village of a commune. */
    public Report village(long villageId, Period period) {
        Village village = villages.findById(villageId).orElseThrow(() -> new NotFoundException("Village", villageId));
        Commune commune = commune(village.getCommuneId());
        return build(ReportScope.village(commune.getId(), village.getId(), commune.getTimeZone()), commune, village, period);
    }

    /**
     * The report of every commune of a province, a row per commune: each section is one query over
     * the province (not one report per commune). Nights per striker are left to the communes' own
     * reports (allowances are paid by the commune).
     */
    public Report province(String province, Period period) {
        ReportScope scope = ReportScope.province(province, provinceCommunes(province).get(0).getTimeZone());
        return build(scope, null, null, period);
    }

    private Commune commune(long communeId) {
        return communes.findById(communeId).orElseThrow(() -> new NotFoundException("Commune", communeId));
    }

    private List<Commune> provinceCommunes(String province) {
        List<Commune> found = communes.findByProvinceNameOrderByNameAscIdAsc(province);
        if (found.isEmpty()) {
            throw new NotFoundException("Province", province);
        }
        return found;
    }

    private Report build(ReportScope scope, Commune commune, Village village, Period period) {
        planning.forReport();
        RegistryNow now = registryNow(scope);
        return new Report(scope.communeId(), commune == null ? null : commune.getName(),
                commune == null ? scope.provinceName() : commune.getProvinceName(), scope.villageId(),
                village == null ? null : village.getName(), figures(scope, period, now),
                figures(scope, period.previous(), now), settings.householdsPerGong(), callCosts.currency(),
                clock.instant());
    }

    /** A row of the report: a village, or a commune in a province report. */
    private record Row(long id, String name) {
    }

    /**
     * The registry as it is now, per row (read once: the previous period shows the same registry
     * state), and which row each village belongs to.
     */
    private record RegistryNow(List<Row> rows, Map<Long, Long> rowOfVillage, Map<Long, SafetyGroupFigures> groups,
            Map<Long, GongPointFigures> points, Map<Long, Integer> needingGong) {
    }

    private RegistryNow registryNow(ReportScope scope) {
        List<RegistryFigures.VillageRow> villageRows = registry.villages(scope);
        Map<Long, Integer> declared = new HashMap<>();
        villageRows.forEach(r -> declared.put(r.id(), r.declaredHouseholds()));
        Map<Long, SafetyGroupFigures> groups = registry.groups(scope, declared);
        Map<Long, GongPointFigures> points = registry.gongPoints(scope);
        Map<Long, Long> rowOfVillage = new HashMap<>();
        villageRows.forEach(r -> rowOfVillage.put(r.id(), scope.province() ? r.communeId() : r.id()));
        List<Row> rows = scope.province()
                ? registry.communes(scope).stream().map(c -> new Row(c.id(), c.name())).toList()
                : villageRows.stream().map(v -> new Row(v.id(), v.name())).toList();
        Map<Long, Integer> needing = new HashMap<>();
        for (RegistryFigures.VillageRow v : villageRows) {
            Double perGong = points.getOrDefault(v.id(), GongPointFigures.NONE)
                    .householdsPer(groups.getOrDefault(v.id(), SafetyGroupFigures.NONE).households());
            needing.merge(rowOfVillage.get(v.id()), perGong != null && perGong > settings.householdsPerGong() ? 1 : 0,
                    Integer::sum);
        }
        return new RegistryNow(rows, rowOfVillage, rollUp(groups, rowOfVillage, SafetyGroupFigures::plus),
                rollUp(points, rowOfVillage, GongPointFigures::plus), needing);
    }

    /** Village figures added up per row (the identity for a commune or village report). */
    private static <T> Map<Long, T> rollUp(Map<Long, T> byVillage, Map<Long, Long> rowOfVillage,
            java.util.function.BinaryOperator<T> plus) {
        Map<Long, T> result = new HashMap<>();
        byVillage.forEach((village, figures) -> {
            Long row = rowOfVillage.get(village);
            if (row != null) {
                result.merge(row, figures, plus);
            }
        });
        return result;
    }

    private Figures figures(ReportScope scope, Period period, RegistryNow now) {
        Map<Long, Long> sms = registry.smsSegments(scope, period);
        Map<Long, CallFigures> calls = registry.calls(scope, period, callCosts);
        RegistryFigures.NoticeCounts notices = registry.notices(scope, period, now.rows().stream().map(Row::id).toList());
        Map<Long, GongRounds> nights = rollUp(rounds.byVillage(scope, period), now.rowOfVillage(), GongRounds::plus);
        Map<Long, IncidentStats> cases = incidents.byRow(scope, period);
        Map<Long, PatrolNightFigures> patrolled = rollUp(patrols.byVillage(scope, period), now.rowOfVillage(),
                PatrolNightFigures::plus);
        PatrolNightFigures allPatrols = PatrolNightFigures.NONE;
        Map<Long, ReportConfirmation> confirmed = scope.province() ? Map.of()
                : patrols.confirmations(scope, period.last().getYear());
        List<VillageFigures> list = new ArrayList<>();
        GongRounds allRounds = GongRounds.NONE;
        SafetyGroupFigures allGroups = SafetyGroupFigures.NONE;
        GongPointFigures allPoints = GongPointFigures.NONE;
        int allNeeding = 0;
        for (Row row : now.rows()) {
            VillageFigures v = row(row.id(), row.name(), nights.getOrDefault(row.id(), GongRounds.NONE),
                    cases.getOrDefault(row.id(), IncidentStats.NONE), now.groups().getOrDefault(row.id(), SafetyGroupFigures.NONE),
                    now.points().getOrDefault(row.id(), GongPointFigures.NONE), now.needingGong().getOrDefault(row.id(), 0),
                    sms.getOrDefault(row.id(), 0L), calls.getOrDefault(row.id(), CallFigures.NONE),
                    notices.byRow().getOrDefault(row.id(), 0), patrolled.getOrDefault(row.id(), PatrolNightFigures.NONE));
            if (!scope.province()) {
                v = v.withConfirmation(confirmed.get(row.id()));
            }
            list.add(v);
            allPatrols = allPatrols.plus(v.patrols());
            allRounds = allRounds.plus(v.rounds());
            allGroups = allGroups.plus(v.groups());
            allPoints = allPoints.plus(v.gongPoints());
            allNeeding += v.villagesNeedingGong();
        }
        long allSms = sms.values().stream().mapToLong(Long::longValue).sum();
        CallFigures allCalls = calls.values().stream().reduce(CallFigures.NONE, CallFigures::plus);
        VillageFigures total = row(null, null, allRounds, incidents.overall(scope, period), allGroups, allPoints,
                allNeeding, allSms, allCalls, notices.total(), allPatrols);
        Map<YearMonth, Integer> perMonth = incidents.perMonth(scope, period);
        List<StrikerNights> strikers = scope.province() ? List.of() : rounds.strikers(scope, period);
        return new Figures(period, list, total, strikers, perMonth, rounds.spread(scope, period));
    }

    private static VillageFigures row(Long id, String name, GongRounds r, IncidentStats i, SafetyGroupFigures g,
            GongPointFigures p, int needingGong, long sms, CallFigures calls, int notices, PatrolNightFigures patrols) {
        return new VillageFigures(id, name, r, i, g, p, p.householdsPer(g.households()), needingGong, sms, calls,
                notices, patrols, null);
    }
}
