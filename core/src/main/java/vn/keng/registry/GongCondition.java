package vn.keng.registry;

/** The state of a physical gong, as the commune reviews it. */
public enum GongCondition {
    GOOD, DAMAGED, LOST
}
