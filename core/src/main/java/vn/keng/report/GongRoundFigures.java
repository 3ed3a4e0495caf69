package vn.keng.report;

import java.util.List;
import java.util.Map;

/**
 * Where the report gets the nightly gong rounds from: the duty records (one per gong point per
 * night). Implemented by the duty module; until it is merged, {@link NoGongRoundFigures} stands in
 * and the section is marked unfinished. Implementations must aggregate in the database.
 */
public interface GongRoundFigures {

    /** False for the stand-in: the section has no data source yet. */
    boolean available();

    /** Per village id: the period's nights by outcome, alarm strikes and mistaken strikes. */
    Map<Long, GongRounds> byVillage(ReportScope scope, Period period);

    /** Nights each striker confirmed in the period, most first. */
    List<StrikerNights> strikers(ReportScope scope, Period period);
}
