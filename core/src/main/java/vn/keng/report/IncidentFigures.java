package vn.keng.report;

import java.time.YearMonth;
import java.util.Map;

/**
 * Where the report gets incidents from: the incident records, aggregated in the database (medians
 * with percentile_cont) by {@link IncidentRecordFigures}.
 */
public interface IncidentFigures {

    /**
     * Per row of the report (village id; commune id in a province report): incidents reported in
     * the period, by kind, with response times.
     */
    Map<Long, IncidentStats> byRow(ReportScope scope, Period period);

    /** The whole scope at once (medians cannot be added up from villages). */
    IncidentStats overall(ReportScope scope, Period period);

    /** Incidents per month of the period, for the chart. */
    Map<YearMonth, Integer> perMonth(ReportScope scope, Period period);
}
