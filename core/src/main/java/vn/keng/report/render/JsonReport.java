package vn.keng.report.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.keng.report.Figures;
import vn.keng.report.IncidentStats;
import vn.keng.report.Period;
import vn.keng.report.Report;
import vn.keng.report.StrikerNights;
import vn.keng.report.VillageFigures;

/**
 * The report as JSON, the admin API's contract: per village at least {@code nights}, {@code onTime},
 * {@code late}, {@code missed}, {@code serviceDown}, {@code excused}, {@code incidents},
 * {@code groupCoverage} (0..1 or null), {@code calls} (made, answered, completed, busy, noAnswer, failed,
 * minutes, cost in {@code callCostCurrency}), each village with its {@code previous} figures; the
 * commune's row under {@code total}.
 */
public final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonReport() {
    }

    public static byte[] render(Report report) {
        return MAPPER.writeValueAsString(tree(report)).getBytes(StandardCharsets.UTF_8);
    }

    public static Map<String, Object> tree(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("communeId", report.communeId());
        root.put("commune", report.communeName());
        root.put("province", report.provinceName());
        root.put("villageId", report.villageId());
        root.put("period", period(report.period()));
        root.put("previousPeriod", period(report.previous().period()));
        root.put("noData", report.noData());
        root.put("householdsPerGongThreshold", report.householdsPerGongThreshold());
        root.put("callCostCurrency", report.callCurrency());
        List<Map<String, Object>> villages = new ArrayList<>();
        for (VillageFigures v : report.current().villages()) {
            Map<String, Object> row = row(v);
            report.previousOf(v.villageId()).ifPresent(p -> row.put("previous", row(p)));
            villages.add(row);
        }
        root.put(report.province() ? "communes" : "villages", villages);
        Map<String, Object> total = row(report.current().total());
        total.put("previous", row(report.previous().total()));
        root.put("total", total);
        root.put("strikers", strikers(report.current()));
        Map<String, Integer> months = new java.util.TreeMap<>();
        report.current().incidentsPerMonth().forEach((m, n) -> months.put(m.toString(), n));
        root.put("incidentsPerMonth", months);
        root.put("generatedAt", report.generatedAt().toString());
        return root;
    }

    private static Map<String, Object> period(Period p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", p.kind().name());
        out.put("code", p.fileCode());
        out.put("from", p.from().toString());
        out.put("to", p.last().toString());
        return out;
    }

    private static Map<String, Object> row(VillageFigures v) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (v.villageId() != null) {
            out.put("id", v.villageId());
            out.put("name", v.name());
        }
        var r = v.rounds();
        out.put("nights", r.nights());
        out.put("onTime", r.onTime());
        out.put("late", r.late());
        out.put("missed", r.missed());
        out.put("serviceDown", r.serviceDown());
        out.put("excused", r.excused());
        out.put("substitute", r.substitute());
        out.put("onTimeShare", r.onTimeShare());
        out.put("alarmStrikes", r.alarmStrikes());
        out.put("mistakenStrikes", r.mistakenStrikes());
        IncidentStats i = v.incidents();
        out.put("incidents", i.total());
        Map<String, Integer> kinds = new LinkedHashMap<>();
        IncidentStats.KINDS.forEach(k -> kinds.put(k, i.count(k)));
        out.put("incidentsByKind", kinds);
        out.put("falseAlarms", i.falseAlarms());
        out.put("unverified", i.unverified());
        out.put("medianMinutesToComing", minutes(i.medianToComing()));
        out.put("worstMinutesToComing", minutes(i.worstToComing()));
        out.put("medianMinutesToClose", minutes(i.medianToClose()));
        out.put("worstMinutesToClose", minutes(i.worstToClose()));
        var g = v.groups();
        out.put("groups", g.groups());
        out.put("households", g.households());
        out.put("householdsInGroups", g.householdsInGroups());
        out.put("groupCoverage", g.coverage());
        out.put("groupsOutsideRange", g.groupsOutsideRange());
        var p = v.gongPoints();
        out.put("gongPoints", Map.of("good", p.good(), "damaged", p.damaged(), "lost", p.lost()));
        Double perGong = v.householdsPerGong();
        out.put("householdsPerGong", perGong == null || perGong.isInfinite() ? null : perGong);
        out.put("needsAnotherGong", v.needsAnotherGong());
        out.put("villagesNeedingGong", v.villagesNeedingGong());
        out.put("smsSegments", v.smsSegments());
        var c = v.calls();
        Map<String, Object> calls = new LinkedHashMap<>();
        calls.put("made", c.made());
        calls.put("answered", c.answered());
        calls.put("completed", c.completed());
        calls.put("busy", c.busy());
        calls.put("noAnswer", c.noAnswer());
        calls.put("failed", c.failed());
        calls.put("minutes", c.minutes());
        calls.put("cost", c.cost());
        out.put("calls", calls);
        return out;
    }

    private static Long minutes(java.time.Duration d) {
        return d == null ? null : d.toMinutes();
    }

    private static List<Map<String, Object>> strikers(Figures f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StrikerNights s : f.strikers()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("personId", s.personId());
            row.put("name", s.name());
            row.put("village", s.village());
            row.put("nights", s.nights());
            out.add(row);
        }
        return out;
    }
}
