package vn.keng.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;

import vn.keng.platform.SafeCsv;
import vn.keng.report.IncidentStats;
import vn.keng.report.Report;
import vn.keng.report.VillageFigures;

/**
 * The report as CSV: one row per village and a total row, every figure in its own column under a
 * stable English header (a contract for spreadsheets and scripts). UTF-8 with a byte-order mark so
 * Excel shows Vietnamese names; shares as decimals 0..1; empty cells for "not available"; the calls'
 * cost in {@code keng.voice.cost.currency}. Written with Apache Commons CSV; a cell that would start a
 * spreadsheet formula is neutralised.
 */
public final class CsvReport {

    static final List<String> HEADER = List.of("village_id", "village", "nights", "on_time", "late", "missed",
            "excused", "service_down", "substitute", "on_time_share", "previous_on_time_share", "alarm_strikes",
            "mistaken_strikes", "incidents", "fire", "theft", "rescue", "disorder", "other", "false_alarms",
            "unverified", "groups", "households", "households_in_groups", "group_coverage", "groups_outside_5_15",
            "gongs_good", "gongs_damaged", "gongs_lost", "households_per_gong", "needs_another_gong", "sms_segments",
            "previous_sms_segments", "calls_made", "calls_answered", "calls_completed", "calls_busy", "calls_no_answer",
            "calls_failed", "call_minutes", "call_cost", "previous_calls_made", "notices", "patrol_nights", "patrol_done",
            "patrol_missed", "patrol_service_down", "patrol_done_share", "confirmed_by", "confirmed_at");

    private CsvReport() {
    }

    public static byte[] render(Report report) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter out = SafeCsv.printer(text)) {
            write(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(CSVPrinter out, Report report) throws IOException {
        List<Object> header = new ArrayList<>(HEADER);
        if (report.province()) {
            header.set(0, "commune_id");
            header.set(1, "commune");
        }
        line(out, header);
        for (VillageFigures v : ReportTables.rowsOf(report)) {
            VillageFigures before = report.previousOf(v.villageId()).orElse(null);
            List<Object> cells = new ArrayList<>();
            cells.add(v.villageId() == null ? "" : v.villageId());
            cells.add(v.villageId() == null ? "TOTAL" : v.name());
            var r = v.rounds();
            cells.addAll(List.of(r.nights(), r.onTime(), r.late(), r.missed(), r.excused(), r.serviceDown(),
                    r.substitute()));
            cells.add(share(r.onTimeShare()));
            cells.add(before == null ? "" : share(before.rounds().onTimeShare()));
            cells.add(r.alarmStrikes());
            cells.add(r.mistakenStrikes());
            cells.add(v.incidents().total());
            IncidentStats.KINDS.forEach(k -> cells.add(v.incidents().count(k)));
            cells.add(v.incidents().falseAlarms());
            cells.add(v.incidents().unverified());
            var g = v.groups();
            cells.addAll(List.of(g.groups(), g.households(), g.householdsInGroups()));
            cells.add(share(g.coverage()));
            cells.add(g.groupsOutsideRange());
            var p = v.gongPoints();
            cells.addAll(List.of(p.good(), p.damaged(), p.lost()));
            cells.add(v.householdsPerGong() == null || v.householdsPerGong().isInfinite() ? ""
                    : String.format(Locale.ROOT, "%.1f", v.householdsPerGong()));
            cells.add(v.villageId() == null || report.province() ? v.villagesNeedingGong() : v.needsAnotherGong());
            cells.add(v.smsSegments());
            cells.add(before == null ? "" : before.smsSegments());
            var c = v.calls();
            cells.addAll(List.of(c.made(), c.answered(), c.completed(), c.busy(), c.noAnswer(), c.failed(), c.minutes(),
                    c.cost().toPlainString()));
            cells.add(before == null ? "" : before.calls().made());
            cells.add(v.notices());
            var patrol = v.patrols();
            cells.addAll(List.of(patrol.nights(), patrol.done(), patrol.missed(), patrol.serviceDown()));
            cells.add(share(patrol.doneShare()));
            cells.add(v.confirmation() == null ? "" : v.confirmation().by());
            cells.add(v.confirmation() == null ? "" : v.confirmation().at().toString());
            line(out, cells);
        }
    }

    private static String share(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.4f", share);
    }

    private static void line(CSVPrinter out, List<Object> cells) throws IOException {
        SafeCsv.row(out, cells);
    }

    /** One cell as written: neutralised like {@link #render}'s cells, quoted only when it must be (RFC 4180). */
    static String quote(String value) {
        return SafeCsv.cell(value);
    }
}
