package vn.keng.report;

import java.time.YearMonth;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UNFINISHED stand-in: the incidents (issue 7, vn.keng.incident) are not merged into this branch,
 * so there is nothing to count. Returns empty figures; the report marks the incident section "no
 * data source yet". Replaced by the real implementation (a bean of {@link IncidentFigures}) once the
 * incident branch is merged.
 */
class NoIncidentFigures implements IncidentFigures {

    private static final Logger log = LoggerFactory.getLogger(NoIncidentFigures.class);

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Map<Long, IncidentStats> byVillage(ReportScope scope, Period period) {
        log.debug("Incidents for commune {}: the incident records are not merged yet; section left empty", scope.communeId());
        return Map.of();
    }

    @Override
    public IncidentStats overall(ReportScope scope, Period period) {
        return IncidentStats.NONE;
    }

    @Override
    public Map<YearMonth, Integer> perMonth(ReportScope scope, Period period) {
        return Map.of();
    }
}
