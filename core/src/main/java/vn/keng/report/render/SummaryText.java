package vn.keng.report.render;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import vn.keng.messaging.ChannelType;
import vn.keng.report.GongRounds;
import vn.keng.report.IncidentStats;
import vn.keng.report.Report;
import vn.keng.report.RoundSpread;
import vn.keng.report.VillageFigures;

/**
 * The short summary sent in chat: template {@code report.summary} (Telegram, with diacritics, a line
 * per village) and its SMS variant (GSM-7, at most 2 segments: names are shortened and every
 * number is bounded). Both are filled from the same parameters.
 */
public final class SummaryText {

    public static final String TEMPLATE = "report.summary";
    static final int MAX_VILLAGE_LINES = 30;
    static final int MAX_SUBJECT = 24;

    private SummaryText() {
    }

    public static Map<String, Object> params(Report report, Labels l, boolean attachments) {
        VillageFigures now = report.villageId() == null ? report.current().total() : report.current().villages().get(0);
        VillageFigures before = report.previousOf(report.villageId()).orElse(now);
        GongRounds r = now.rounds();
        Map<String, Object> p = new HashMap<>();
        p.put("subject", Fmt.shorten(report.subject(), MAX_SUBJECT));
        p.put("period", report.period().code());
        p.put("dates", report.period().dates());
        p.put("rounds", l.text("report.rounds", roundParams(r, before.rounds(), report.current().spread(), l)));
        p.put("incidents", l.text("report.incidents", incidentParams(now.incidents(), before.incidents(), l)));
        var g = now.groups();
        p.put("groups", l.text("report.groups", Map.of("groups", g.groups(), "inGroups", g.householdsInGroups(),
                "households", g.households(), "coverage", Fmt.percent(g.coverage()), "outsideRange", g.groupsOutsideRange())));
        int needsGong = report.current().total().villagesNeedingGong();
        var gp = now.gongPoints();
        p.put("gongPoints", l.text("report.gong-points", Map.of("good", gp.good(), "damaged", gp.damaged(), "lost",
                gp.lost(), "needsGong", needsGong, "threshold", report.householdsPerGongThreshold())));
        p.put("segments", now.smsSegments());
        p.put("notices", now.notices());
        p.put("previousSegments", before.smsSegments());
        p.put("smsSegments", bounded(now.smsSegments()));
        var c = now.calls();
        p.put("calls", l.text("report.calls", Map.of("made", c.made(), "answered", c.answered(), "busy", c.busy(),
                "noAnswer", c.noAnswer(), "failed", c.failed(), "minutes", c.minutes(),
                "cost", c.cost().toPlainString() + " " + report.callCurrency(), "previous", before.calls().made())));
        p.put("callCount", bounded(c.made()));
        p.put("callAnswered", bounded(c.answered()));
        p.put("villages", villageLines(report, l) + patrolLines(report, now, l) + confirmationLine(report, l));
        String note = report.noData() ? l.text("report.no-data", Map.of())
                : noRecords(report) ? l.text("report.no-records", Map.of()) : "";
        p.put("note", note + (attachments ? l.text("report.attached", Map.of()) : ""));
        p.put("smsNote", report.noData() ? l.text("report.no-data", Map.of()).replace('\n', ' ') : "");
        // SMS variant
        p.put("share", Fmt.percent(r.onTimeShare()));
        p.put("previousShare", Fmt.percent(before.rounds().onTimeShare()));
        p.put("late", bounded(r.late()));
        p.put("missed", bounded(r.missed()));
        p.put("incidentCount", bounded(now.incidents().total()));
        p.put("groupCount", bounded(g.groups()));
        p.put("coverage", Fmt.percent(g.coverage()));
        p.put("damaged", bounded(gp.damaged()));
        p.put("lost", bounded(gp.lost()));
        p.put("needsGong", bounded(needsGong));
        return p;
    }

    /** The text as a channel shows it (for tests and previews). */
    public static String render(Report report, Labels l, ChannelType channel, boolean attachments) {
        return l.templates().render(TEMPLATE, l.language(), channel, params(report, l, attachments), false);
    }

    static boolean noRecords(Report report) {
        VillageFigures t = report.current().total();
        return t.rounds().nights() == 0 && t.incidents().total() == 0 && t.smsSegments() == 0 && t.calls().made() == 0;
    }

    /** {spread}: the records (one per gong point and night) told apart from the distinct nights and gong points. */
    private static Map<String, Object> roundParams(GongRounds r, GongRounds before, RoundSpread spread, Labels l) {
        Map<String, Object> p = new HashMap<>();
        p.put("share", Fmt.percent(r.onTimeShare()));
        p.put("previousShare", Fmt.percent(before.onTimeShare()));
        p.put("spread", l.text("report.rounds-spread", Map.of("records", r.nights(), "nights", spread.nights(),
                "points", spread.gongPoints())));
        p.put("onTime", r.onTime() + r.substitute());
        p.put("late", r.late());
        p.put("missed", r.missed());
        p.put("excused", r.excused());
        p.put("serviceDown", r.serviceDown());
        p.put("alarms", r.alarmStrikes());
        p.put("mistaken", r.mistakenStrikes());
        return p;
    }

    private static Map<String, Object> incidentParams(IncidentStats i, IncidentStats before, Labels l) {
        StringJoiner kinds = new StringJoiner(", ");
        for (String kind : IncidentStats.KINDS) {
            if (i.count(kind) > 0) {
                kinds.add(l.label("kind." + kind) + " " + i.count(kind));
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("total", i.total());
        p.put("previousTotal", before.total());
        p.put("kinds", kinds.length() == 0 ? Fmt.NONE : kinds.toString());
        p.put("falseAlarms", i.falseAlarms());
        p.put("unverified", i.unverified());
        p.put("medianComing", minutes(i.medianToComing(), l));
        p.put("worstComing", minutes(i.worstToComing(), l));
        return p;
    }

    /** "9 phút" / "9 min", or "-" when nothing was answered. */
    private static String minutes(java.time.Duration d, Labels l) {
        return d == null ? Fmt.NONE : l.label("minutes", Map.of("n", Fmt.minutes(d)));
    }

    private static String villageLines(Report report, Labels l) {
        if (report.villageId() != null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (VillageFigures v : report.current().villages()) {
            if (shown++ == MAX_VILLAGE_LINES) {
                out.append("…\n");
                break;
            }
            out.append(l.text("report.village-line", Map.of("village", v.name(),
                    "share", Fmt.percent(v.rounds().onTimeShare()),
                    "incidents", String.valueOf(v.incidents().total()),
                    "coverage", Fmt.percent(v.groups().coverage())))).append('\n');
        }
        return out.toString();
    }

    /**
     * The patrols after the gong, when the scope has patrol records: the total, then each village with
     * records ("Tuần tra sau kẻng: 55/60 đêm..."). Kept out of the SMS variant, which has no room.
     */
    private static String patrolLines(Report report, VillageFigures now, Labels l) {
        var total = now.patrols();
        if (total.nights() == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder(l.text("report.patrols", Map.of("done", total.done(), "nights",
                total.nights(), "missed", total.missed(), "serviceDown", total.serviceDown(),
                "share", Fmt.percent(total.doneShare())))).append('\n');
        if (report.villageId() == null) {
            int shown = 0;
            for (VillageFigures v : report.current().villages()) {
                if (v.patrols().nights() == 0) {
                    continue;
                }
                if (shown++ == MAX_VILLAGE_LINES) {
                    out.append("…\n");
                    break;
                }
                out.append(l.text("report.patrol-line", Map.of("village", v.name(), "done", v.patrols().done(),
                        "nights", v.patrols().nights(), "missed", v.patrols().missed()))).append('\n');
            }
        }
        return out.toString();
    }

    /** In a commune report: how many villages confirmed their figures of the year, and which have not. */
    private static String confirmationLine(Report report, Labels l) {
        if (report.villageId() != null || report.province() || report.current().villages().isEmpty()) {
            return "";
        }
        var missing = report.current().villages().stream().filter(v -> v.confirmation() == null)
                .map(VillageFigures::name).toList();
        int all = report.current().villages().size();
        String names = missing.isEmpty() ? "" : l.text("report.confirmations-missing",
                Map.of("villages", Fmt.shorten(String.join(", ", missing), 200)));
        return l.text("report.confirmations", Map.of("year", report.period().last().getYear(), "confirmed",
                all - missing.size(), "villages", all, "missing", names)) + "\n";
    }

    /** Numbers in the SMS are bounded so the text keeps its 2-segment budget whatever the data. */
    private static String bounded(long n) {
        return n > 99_999 ? Math.round(n / 1000.0) + "k" : String.valueOf(n);
    }
}
