package vn.keng.report;

import java.util.List;
import java.util.Map;

/**
 * Where the report gets the nightly gong rounds from: the duty records (one per gong point per
 * night), aggregated in the database ({@link DutyRoundFigures}).
 */
public interface GongRoundFigures {

    /** Per village id: the period's nights by outcome, alarm strikes and mistaken strikes. */
    Map<Long, GongRounds> byVillage(ReportScope scope, Period period);

    /** The distinct nights and gong points of the scope's records in the period (not additive over villages). */
    RoundSpread spread(ReportScope scope, Period period);

    /** Nights each striker confirmed in the period, most first. */
    List<StrikerNights> strikers(ReportScope scope, Period period);
}
