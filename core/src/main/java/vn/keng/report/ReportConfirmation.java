package vn.keng.report;

import java.time.Instant;

/** A village head's confirmation of the village's figures of a year ("XAC NHAN BC 2026"): who, when. */
public record ReportConfirmation(int year, String by, Instant at) {
}
