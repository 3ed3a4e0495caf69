package vn.keng.report.render;

import java.util.ArrayList;
import java.util.List;

import vn.keng.report.GongRounds;
import vn.keng.report.IncidentStats;
import vn.keng.report.Report;
import vn.keng.report.StrikerNights;
import vn.keng.report.VillageFigures;

/** The report's seven sections as tables: a row per village, then the total row. */
public final class ReportTables {

    private ReportTables() {
    }

    public static List<Table> of(Report report, Labels l) {
        return List.of(rounds(report, l), incidents(report, l), groups(report, l), gongPoints(report, l),
                strikers(report, l), sms(report, l), calls(report, l), patrols(report, l), confirmations(report, l));
    }

    /**
     * The village heads' confirmations of their figures of the period's (last) year ("XAC NHAN BC 2026"):
     * who and when, "not yet" otherwise; the total row counts them. Empty in a province report.
     */
    static Table confirmations(Report report, Labels l) {
        int year = report.period().last().getYear();
        List<Table.Row> rows = new ArrayList<>();
        if (!report.province()) {
            int confirmed = 0;
            for (VillageFigures v : report.current().villages()) {
                var c = v.confirmation();
                confirmed += c == null ? 0 : 1;
                rows.add(new Table.Row(List.of(v.name(), c == null ? l.label("not-confirmed") : c.by(),
                        c == null ? "" : CONFIRMED_AT.format(c.at())), false));
            }
            if (report.villageId() == null) {
                rows.add(new Table.Row(List.of(l.label("total"), confirmed + "/" + report.current().villages().size(), ""),
                        true));
            }
        }
        return new Table("confirmations", l.label("confirmations", java.util.Map.of("year", year)),
                headers(l, report.rowLabel(), "confirmed-by", "confirmed-at"), rows, null);
    }

    static final java.time.format.DateTimeFormatter CONFIRMED_AT = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    /** The patrols after the gong: nights with a patrol record, done, missed, service down, done share. */
    static Table patrols(Report report, Labels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (VillageFigures v : rowsOf(report)) {
            var p = v.patrols();
            int before = report.previousOf(v.villageId()).map(b -> b.patrols().done()).orElse(0);
            rows.add(new Table.Row(List.of(name(v, l), p.nights(), p.done(), p.missed(), p.serviceDown(),
                    new Table.Share(p.doneShare()), before), v.villageId() == null));
        }
        return new Table("patrols", l.label("patrols"), headers(l, report.rowLabel(), "patrol-nights", "patrol-done",
                "patrol-missed", "service-down", "patrol-share", "previous-short"), rows, null);
    }

    static Table rounds(Report report, Labels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (VillageFigures v : rowsOf(report)) {
            GongRounds r = v.rounds();
            Double before = report.previousOf(v.villageId()).map(p -> p.rounds().onTimeShare()).orElse(null);
            rows.add(new Table.Row(List.of(name(v, l), r.nights(), r.onTime(), r.late(), r.missed(), r.excused(),
                    r.serviceDown(), r.substitute(), new Table.Share(r.onTimeShare()), new Table.Share(before),
                    r.alarmStrikes(), r.mistakenStrikes()), v.villageId() == null));
        }
        return new Table("rounds", l.label("rounds"), headers(l, report.rowLabel(), "nights", "on-time", "late", "missed",
                "excused", "service-down", "substitute", "share", "previous-short", "alarms", "mistaken"), rows, null);
    }

    static Table incidents(Report report, Labels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (VillageFigures v : rowsOf(report)) {
            IncidentStats i = v.incidents();
            List<Object> cells = new ArrayList<>();
            cells.add(name(v, l));
            cells.add(i.total());
            IncidentStats.KINDS.forEach(k -> cells.add(i.count(k)));
            cells.add(i.falseAlarms());
            cells.add(i.unverified());
            cells.add(new Table.Minutes(i.medianToComing()));
            cells.add(new Table.Minutes(i.worstToComing()));
            cells.add(new Table.Minutes(i.medianToClose()));
            cells.add(new Table.Minutes(i.worstToClose()));
            cells.add(report.previousOf(v.villageId()).map(p -> p.incidents().total()).orElse(0));
            rows.add(new Table.Row(cells, v.villageId() == null));
        }
        List<String> headers = new ArrayList<>(headers(l, report.rowLabel(), "incident-count"));
        IncidentStats.KINDS.forEach(k -> headers.add(l.label("kind." + k)));
        headers.addAll(headers(l, "false-alarms", "unverified", "median-coming", "worst-coming", "median-close",
                "worst-close", "previous-short"));
        return new Table("incidents", l.label("incidents"), headers, rows, null);
    }

    static Table groups(Report report, Labels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (VillageFigures v : rowsOf(report)) {
            var g = v.groups();
            rows.add(new Table.Row(List.of(name(v, l), g.groups(), g.households(), g.householdsInGroups(),
                    new Table.Share(g.coverage()), g.groupsOutsideRange()), v.villageId() == null));
        }
        return new Table("groups", l.label("groups"), headers(l, report.rowLabel(), "group-count", "households", "in-groups",
                "coverage", "outside-range"), rows, null);
    }

    static Table gongPoints(Report report, Labels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (VillageFigures v : rowsOf(report)) {
            var p = v.gongPoints();
            Object needs = v.villageId() == null || report.province() ? (Object) v.villagesNeedingGong()
                    : (v.needsAnotherGong() ? l.label("yes") : "");
            rows.add(new Table.Row(List.of(name(v, l), p.good(), p.damaged(), p.lost(),
                    v.householdsPerGong() == null ? Fmt.NONE : v.householdsPerGong(), needs), v.villageId() == null));
        }
        return new Table("gong-points", l.label("gong-points"), headers(l, report.rowLabel(), "good", "damaged", "lost",
                "per-gong", "needs-gong"), rows, null);
    }

    static Table strikers(Report report, Labels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (StrikerNights s : report.current().strikers()) {
            rows.add(new Table.Row(List.of(s.name(), s.village() == null ? "" : s.village(), s.nights()), false));
        }
        return new Table("strikers", l.label("strikers"), headers(l, "striker", "village", "striker-nights"), rows, null);
    }

    static Table sms(Report report, Labels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (VillageFigures v : rowsOf(report)) {
            long before = report.previousOf(v.villageId()).map(VillageFigures::smsSegments).orElse(0L);
            rows.add(new Table.Row(List.of(name(v, l), v.smsSegments(), before, v.notices()), v.villageId() == null));
        }
        return new Table("sms", l.label("sms"), headers(l, report.rowLabel(), "segments", "previous-short", "notices"),
                rows, null);
    }

    /** Phone calls: placed, keys pressed, how they ended, minutes billed and their cost. */
    static Table calls(Report report, Labels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (VillageFigures v : rowsOf(report)) {
            var c = v.calls();
            int before = report.previousOf(v.villageId()).map(p -> p.calls().made()).orElse(0);
            rows.add(new Table.Row(List.of(name(v, l), c.made(), c.answered(), c.completed(), c.busy(), c.noAnswer(),
                    c.failed(), c.minutes(), c.cost(), before), v.villageId() == null));
        }
        List<String> headers = headers(l, report.rowLabel(), "calls-made", "calls-answered", "calls-completed",
                "calls-busy", "calls-no-answer", "calls-failed", "call-minutes");
        headers.add(l.label("call-cost") + " (" + report.callCurrency() + ")");
        headers.add(l.label("previous-short"));
        return new Table("calls", l.label("calls"), headers, rows, null);
    }

    /** The village rows, then the total row (a village report has only its own row). */
    static List<VillageFigures> rowsOf(Report report) {
        List<VillageFigures> rows = new ArrayList<>(report.current().villages());
        if (report.villageId() == null) {
            rows.add(report.current().total());
        }
        return rows;
    }

    private static String name(VillageFigures v, Labels l) {
        return v.villageId() == null ? l.label("total") : v.name();
    }

    private static List<String> headers(Labels l, String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.add(l.label(key));
        }
        return out;
    }
}
