package vn.keng.report;

/** Nights a striker confirmed in the period (the basis for allowances). */
public record StrikerNights(long personId, String name, String village, int nights) {
}
