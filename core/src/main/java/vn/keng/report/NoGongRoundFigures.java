package vn.keng.report;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UNFINISHED stand-in: the duty records (issue 6, vn.keng.duty) are not merged into this branch, so
 * there is nothing to count. Returns empty figures and says so; the report marks the gong-round
 * section "no data source yet". Replaced by the real implementation (a bean of
 * {@link GongRoundFigures}) once the duty branch is merged.
 */
class NoGongRoundFigures implements GongRoundFigures {

    private static final Logger log = LoggerFactory.getLogger(NoGongRoundFigures.class);

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Map<Long, GongRounds> byVillage(ReportScope scope, Period period) {
        log.debug("Gong rounds for commune {}: the duty records are not merged yet; section left empty", scope.communeId());
        return Map.of();
    }

    @Override
    public List<StrikerNights> strikers(ReportScope scope, Period period) {
        return List.of();
    }
}
