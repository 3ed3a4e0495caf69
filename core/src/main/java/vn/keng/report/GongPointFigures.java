package vn.keng.report;

/** Gong points of a village or commune by condition, from the registry as it is now. */
public record GongPointFigures(int good, int damaged, int lost) {

    public static final GongPointFigures NONE = new GongPointFigures(0, 0, 0);

    public int total() {
        return good + damaged + lost;
    }

    /** Gongs that can still be struck (a lost gong serves nobody). */
    public int usable() {
        return good + damaged;
    }

    /** Households per usable gong, or null when there is no household; infinite when there is no usable gong. */
    public Double householdsPer(int households) {
        if (households == 0) {
            return null;
        }
        return usable() == 0 ? Double.POSITIVE_INFINITY : households / (double) usable();
    }

    public GongPointFigures plus(GongPointFigures o) {
        return new GongPointFigures(good + o.good, damaged + o.damaged, lost + o.lost);
    }
}
