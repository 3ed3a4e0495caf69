package vn.keng.report;

import java.time.Instant;
import java.util.Optional;

/**
 * A summary report of a commune, of one village, or of a whole province (a row per commune), for
 * a period, with the previous comparable period beside it.
 *
 * @param communeId the commune, or null for a province report
 * @param communeName the commune's name, or null for a province report
 * @param callCurrency the currency of the calls' cost ({@code keng.voice.cost.currency})
 */
public record Report(Long communeId, String communeName, String provinceName, Long villageId, String villageName,
        Figures current, Figures previous, int householdsPerGongThreshold, String callCurrency, Instant generatedAt) {

    public Period period() {
        return current.period();
    }

    /** Whether the report holds no data at all: said plainly, not shown as an error. */
    public boolean noData() {
        return current.empty();
    }

    /** The previous period's row of a village or commune (or the total row, for null). */
    public Optional<VillageFigures> previousOf(Long villageId) {
        if (villageId == null) {
            return Optional.of(previous.total());
        }
        return previous.villages().stream().filter(v -> villageId.equals(v.villageId())).findFirst();
    }

    /** The report's subject: the village's name for a village report, the province's for a province report, else the commune's. */
    public String subject() {
        return villageName != null ? villageName : communeName != null ? communeName : provinceName;
    }

    /** Whether this is a province report: its rows are communes, not villages. */
    public boolean province() {
        return communeId == null;
    }

    /** The administration that reports: the commune, or the province for a province report. */
    public String authority() {
        return province() ? provinceName : communeName;
    }

    /** The label key naming the rows: {@code village}, or {@code commune} in a province report. */
    public String rowLabel() {
        return province() ? "commune" : "village";
    }
}
