package vn.keng.report;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Hand-made reports for the renderer tests: a full one (as if duty and incidents were merged) and an empty one. */
public final class SampleReports {

    private SampleReports() {
    }

    public static Report full() {
        Period period = Period.parse("2026", java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC);
        VillageFigures a = village(1L, "Thôn Đồng Thịnh", new GongRounds(365, 340, 10, 5, 6, 3, 1, 4, 1),
                incidents(3, 1), new SafetyGroupFigures(20, 250, 240, 2), new GongPointFigures(2, 1, 0), 83.3, 0, 420,
                new CallFigures(12, 7, 9, 1, 2, 0, 14, new java.math.BigDecimal("4.20")))
                .withPatrols(new PatrolNightFigures(365, 350, 12, 3));
        VillageFigures b = village(2L, "Bản Nà Hẩu có một cái tên rất dài để thử cắt ngắn", new GongRounds(365, 300, 30, 20, 10, 5, 0, 2, 0),
                incidents(5, 2), new SafetyGroupFigures(10, 400, 150, 4), new GongPointFigures(1, 0, 1), 400.0, 1, 99_999,
                new CallFigures(3, 1, 1, 0, 1, 1, 2, new java.math.BigDecimal("0.80")))
                .withPatrols(new PatrolNightFigures(300, 280, 20, 0));
        VillageFigures total = village(null, null, a.rounds().plus(b.rounds()),
                new IncidentStats(Map.of("FIRE", 3, "THEFT", 4, "OTHER", 1), 2, 1, Duration.ofMinutes(7),
                        Duration.ofMinutes(42), Duration.ofMinutes(95), Duration.ofHours(6)),
                a.groups().plus(b.groups()), a.gongPoints().plus(b.gongPoints()), 162.5, 1, 100_419,
                a.calls().plus(b.calls())).withPatrols(a.patrols().plus(b.patrols()));
        Figures current = new Figures(period, List.of(a, b), total,
                List.of(new StrikerNights(7, "Nguyễn Văn Hùng", "Thôn Đồng Thịnh", 180),
                        new StrikerNights(8, "Lò Thị Hạnh", "Bản Nà Hẩu", 170)),
                Map.of(YearMonth.of(2026, 1), 2, YearMonth.of(2026, 7), 5), new RoundSpread(365, 3));
        Figures previous = new Figures(period.previous(), List.of(a, b), total, List.of(), Map.of(),
                new RoundSpread(365, 3));
        return new Report(1L, "Xã Đồng Thịnh", "Tỉnh Thái Nguyên", null, null, current, previous, 150, "USD",
                Instant.parse("2026-11-28T03:00:00Z"));
    }

    /** A commune with no villages. */
    public static Report empty() {
        Period period = Period.parse("2031", java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC);
        VillageFigures total = village(null, null, GongRounds.NONE, IncidentStats.NONE, SafetyGroupFigures.NONE,
                GongPointFigures.NONE, null, 0, 0, CallFigures.NONE);
        Figures current = new Figures(period, List.of(), total, List.of(), Map.of(), RoundSpread.NONE);
        Figures previous = new Figures(period.previous(), List.of(), total, List.of(), Map.of(), RoundSpread.NONE);
        return new Report(2L, "Xã Trống", "Tỉnh Thử", null, null, current, previous, 150, "USD",
                Instant.parse("2026-11-28T03:00:00Z"));
    }

    private static IncidentStats incidents(int fires, int thefts) {
        return new IncidentStats(Map.of("FIRE", fires, "THEFT", thefts), 1, 0, Duration.ofMinutes(6),
                Duration.ofMinutes(30), Duration.ofMinutes(80), Duration.ofHours(5));
    }

    private static VillageFigures village(Long id, String name, GongRounds r, IncidentStats i, SafetyGroupFigures g,
            GongPointFigures p, Double perGong, int needs, long sms, CallFigures calls) {
        return new VillageFigures(id, name, r, i, g, p, perGong, needs, sms, calls, 2);
    }
}
