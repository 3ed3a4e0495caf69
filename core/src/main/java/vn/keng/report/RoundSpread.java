package vn.keng.report;

/**
 * Over how many nights and at how many gong points the period's round records were kept: a record
 * is one gong point on one night, so 7 records may be one night in 7 villages or 7 nights at one gong.
 *
 * @param nights distinct nights with at least one record
 * @param gongPoints distinct gong points with at least one record
 */
public record RoundSpread(int nights, int gongPoints) {

    public static final RoundSpread NONE = new RoundSpread(0, 0);
}
