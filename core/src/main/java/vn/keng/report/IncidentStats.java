package vn.keng.report;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Incidents of a village (or a commune) over a period: counts by kind, false alarms, unverified
 * reports, and the median and worst time from the report to the first "coming" answer and to closure
 * (null when nothing was answered or closed).
 */
public record IncidentStats(Map<String, Integer> byKind, int falseAlarms, int unverified, Duration medianToComing,
        Duration worstToComing, Duration medianToClose, Duration worstToClose) {

    /** The incident kinds, in report order. */
    public static final List<String> KINDS = List.of("FIRE", "THEFT", "RESCUE", "DISORDER", "OTHER");
    public static final IncidentStats NONE = new IncidentStats(Map.of(), 0, 0, null, null, null, null);

    public IncidentStats {
        byKind = byKind == null ? Map.of() : Map.copyOf(byKind);
    }

    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(String kind) {
        return byKind.getOrDefault(kind, 0);
    }

    /** Counts added up; times cannot be, so they are left out (the commune's own come from the source). */
    public IncidentStats plusCounts(IncidentStats o) {
        Map<String, Integer> kinds = new LinkedHashMap<>(byKind);
        o.byKind.forEach((k, v) -> kinds.merge(k, v, Integer::sum));
        return new IncidentStats(kinds, falseAlarms + o.falseAlarms, unverified + o.unverified, null, null, null, null);
    }
}
