package vn.keng.registry;

/** How the strikers of a roster take turns. */
public enum Rotation {
    /** A different striker each night, in roster order. */
    DAILY,
    /** A different striker each week (of seven nights from the roster's start date). */
    WEEKLY,
    /** Always the first striker of the roster. */
    FIXED
}
