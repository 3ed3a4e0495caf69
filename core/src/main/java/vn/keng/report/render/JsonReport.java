package vn.keng.report.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;
import vn.keng.report.IncidentStats;
import vn.keng.report.Period;
import vn.keng.report.Report;
import vn.keng.report.ReportJson;
import vn.keng.report.ReportJson.CallsJson;
import vn.keng.report.ReportJson.GongPointsJson;
import vn.keng.report.ReportJson.PeriodJson;
import vn.keng.report.ReportJson.RowJson;
import vn.keng.report.ReportJson.StrikerJson;
import vn.keng.report.VillageFigures;

/**
 * The report as JSON ({@link ReportJson}), the admin API's contract; calls per row with their cost in
 * {@code callCostCurrency}.
 */
public final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonReport() {
    }

    public static byte[] render(Report report) {
        return MAPPER.writeValueAsString(document(report)).getBytes(StandardCharsets.UTF_8);
    }

    public static ReportJson document(Report report) {
        List<RowJson> rows = new ArrayList<>();
        for (VillageFigures v : report.current().villages()) {
            RowJson row = row(v);
            rows.add(report.previousOf(v.villageId()).map(p -> row.withPrevious(row(p))).orElse(row));
        }
        Map<String, Integer> months = new TreeMap<>();
        report.current().incidentsPerMonth().forEach((m, n) -> months.put(m.toString(), n));
        List<StrikerJson> strikers = report.current().strikers().stream()
                .map(s -> new StrikerJson(s.personId(), s.name(), s.village(), s.nights())).toList();
        return new ReportJson(report.communeId(), report.communeName(), report.provinceName(), report.villageId(),
                period(report.period()), period(report.previous().period()), report.noData(),
                report.householdsPerGongThreshold(), report.callCurrency(), report.province() ? null : rows, report.province() ? rows : null,
                row(report.current().total()).withPrevious(row(report.previous().total())), strikers, months,
                report.generatedAt().toString(), report.current().spread());
    }

    private static PeriodJson period(Period p) {
        return new PeriodJson(p.kind().name(), p.fileCode(), p.from().toString(), p.last().toString());
    }

    private static RowJson row(VillageFigures v) {
        var r = v.rounds();
        IncidentStats i = v.incidents();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        IncidentStats.KINDS.forEach(k -> kinds.put(k, i.count(k)));
        var g = v.groups();
        var p = v.gongPoints();
        Double perGong = v.householdsPerGong();
        var c = v.calls();
        return new RowJson(v.villageId(), v.villageId() == null ? null : v.name(), r.nights(), r.onTime(), r.late(),
                r.missed(), r.serviceDown(), r.excused(), r.substitute(), r.onTimeShare(), r.alarmStrikes(),
                r.mistakenStrikes(), i.total(), kinds, i.falseAlarms(), i.unverified(), minutes(i.medianToComing()),
                minutes(i.worstToComing()), minutes(i.medianToClose()), minutes(i.worstToClose()), g.groups(),
                g.households(), g.householdsInGroups(), g.coverage(), g.groupsOutsideRange(),
                new GongPointsJson(p.good(), p.damaged(), p.lost()),
                perGong == null || perGong.isInfinite() ? null : perGong, v.needsAnotherGong(),
                v.villagesNeedingGong(), v.smsSegments(),
                new CallsJson(c.made(), c.answered(), c.completed(), c.busy(), c.noAnswer(), c.failed(), c.minutes(),
                        c.cost()), v.notices(), new ReportJson.PatrolsJson(v.patrols().nights(), v.patrols().done(),
                        v.patrols().missed(), v.patrols().serviceDown(), v.patrols().doneShare()),
                v.confirmation() == null ? null : new ReportJson.ConfirmationJson(v.confirmation().year(),
                        v.confirmation().by(), v.confirmation().at().toString()), null);
    }

    private static Long minutes(java.time.Duration d) {
        return d == null ? null : d.toMinutes();
    }
}
