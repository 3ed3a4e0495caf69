package vn.keng.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A report as JSON, the admin API's contract: a row per village ({@code villages}) or, in a province
 * report, per commune ({@code communes}), each with its {@code previous} period's row; the whole
 * area's row under {@code total}. Shares are 0..1, times whole minutes; null where there is nothing
 * to measure.
 */
@JsonPropertyOrder({"communeId", "commune", "province", "villageId", "period", "previousPeriod", "noData",
    "householdsPerGongThreshold", "callCostCurrency", "villages", "communes", "total", "strikers", "incidentsPerMonth", "generatedAt", "spread"})
public record ReportJson(
        @JsonPropertyDescription("the commune; null in a province report") Long communeId,
        @JsonPropertyDescription("the commune's name; null in a province report") String commune,
        String province,
        @JsonPropertyDescription("the village of a village report, else null") Long villageId,
        PeriodJson period,
        PeriodJson previousPeriod,
        @JsonPropertyDescription("true when nothing at all is recorded or registered") boolean noData,
        @JsonPropertyDescription("households per usable gong point above which a village needs another gong")
        int householdsPerGongThreshold,
        @JsonPropertyDescription("the currency of the calls' cost (keng.voice.cost.currency)") String callCostCurrency,
        @JsonPropertyDescription("a row per village (commune and village reports)") @JsonInclude(Include.NON_NULL)
        List<RowJson> villages,
        @JsonPropertyDescription("a row per commune (province reports)") @JsonInclude(Include.NON_NULL)
        List<RowJson> communes,
        @JsonPropertyDescription("the whole area's row") RowJson total,
        @JsonPropertyDescription("nights confirmed per striker (empty in a province report)") List<StrikerJson> strikers,
        @JsonPropertyDescription("incidents reported per month, keyed YYYY-MM") Map<String, Integer> incidentsPerMonth,
        @JsonPropertyDescription("ISO-8601 instant") String generatedAt,
        @JsonPropertyDescription("over how many distinct nights and gong points the round records of the period were kept")
        RoundSpread spread) {

    /** A period: kind (YEAR, MONTH, QUARTER, MOVEMENT), its code as typed in files, first and last day. */
    public record PeriodJson(String kind, String code, String from, String to) {
    }

    /** One row: a village (a commune in a province report), or the total row (no id, no name). */
    @JsonPropertyOrder({"id", "name", "nights", "onTime", "late", "missed", "serviceDown", "excused", "substitute",
        "onTimeShare", "alarmStrikes", "mistakenStrikes", "incidents", "incidentsByKind", "falseAlarms", "unverified",
        "medianMinutesToComing", "worstMinutesToComing", "medianMinutesToClose", "worstMinutesToClose", "groups",
        "households", "householdsInGroups", "groupCoverage", "groupsOutsideRange", "gongPoints", "householdsPerGong",
        "needsAnotherGong", "villagesNeedingGong", "smsSegments", "calls", "notices", "patrols", "confirmation", "previous"})
    public record RowJson(
            @JsonInclude(Include.NON_NULL) Long id,
            @JsonInclude(Include.NON_NULL) String name,
            @JsonPropertyDescription("round records: one per gong point and night") int nights,
            int onTime, int late, int missed, int serviceDown, int excused, int substitute,
            @JsonPropertyDescription("(on time + substitute) / (records - excused - service down), 0..1; null when none counts")
            Double onTimeShare,
            int alarmStrikes, int mistakenStrikes, int incidents,
            @JsonPropertyDescription("FIRE, THEFT, RESCUE, DISORDER, OTHER") Map<String, Integer> incidentsByKind,
            int falseAlarms, int unverified,
            @JsonPropertyDescription("median minutes from the report until someone tapped \"Tôi đến ngay\" (I'm coming)")
            Long medianMinutesToComing,
            @JsonPropertyDescription("the longest such wait, in minutes") Long worstMinutesToComing,
            @JsonPropertyDescription("median minutes from the report to closing the incident") Long medianMinutesToClose,
            Long worstMinutesToClose,
            int groups, int households, int householdsInGroups,
            @JsonPropertyDescription("households in a fire-safety group over all households, 0..1") Double groupCoverage,
            @JsonPropertyDescription("groups outside 5-15 households") int groupsOutsideRange,
            GongPointsJson gongPoints,
            @JsonPropertyDescription("households per usable gong point; null without households or usable gong")
            Double householdsPerGong,
            boolean needsAnotherGong, int villagesNeedingGong,
            @JsonPropertyDescription("SMS segments sent to the row's people in the period") long smsSegments,
            @JsonPropertyDescription("phone calls to the row's people in the period (Twilio Voice)") CallsJson calls,
            @JsonPropertyDescription("village notices sent in the period that reached the row (total row: distinct notices)")
            int notices,
            @JsonPropertyDescription("the patrols after the gong: one record per village with a patrol roster and night")
            PatrolsJson patrols,
            @JsonPropertyDescription("the village head's confirmation of the year's figures (XAC NHAN BC); absent when none")
            @JsonInclude(Include.NON_NULL) ConfirmationJson confirmation,
            @JsonPropertyDescription("the same row in the previous period") @JsonInclude(Include.NON_NULL) RowJson previous) {

        public RowJson withPrevious(RowJson before) {
            return new RowJson(id, name, nights, onTime, late, missed, serviceDown, excused, substitute, onTimeShare,
                    alarmStrikes, mistakenStrikes, incidents, incidentsByKind, falseAlarms, unverified,
                    medianMinutesToComing, worstMinutesToComing, medianMinutesToClose, worstMinutesToClose, groups,
                    households, householdsInGroups, groupCoverage, groupsOutsideRange, gongPoints, householdsPerGong,
                    needsAnotherGong, villagesNeedingGong, smsSegments, calls, notices, patrols, confirmation, before);
        }
    }

    /**
     * Calls in the period: made, answered (a key pressed), completed, busy, not answered, failed, minutes
     * billed, and their cost in the report's {@code callCostCurrency}.
     */
    public record CallsJson(int made, int answered, int completed, int busy, int noAnswer, int failed, long minutes,
            java.math.BigDecimal cost) {
    }

    /** Patrol nights after the gong: recorded, done, missed, service down, done / (nights - service down). */
    public record PatrolsJson(int nights, int done, int missed, int serviceDown, Double doneShare) {
    }

    /** A village head's confirmation of the village's figures of a year: year, who, when (ISO-8601). */
    public record ConfirmationJson(int year, String by, String at) {
    }

    /** Gong points by condition, from the registry as it is now. */
    public record GongPointsJson(int good, int damaged, int lost) {
    }

    /** Nights a striker confirmed in the period. */
    public record StrikerJson(long personId, String name, String village, int nights) {
    }
}
