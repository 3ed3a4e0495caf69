package vn.keng.report;

/**
 * Fire-safety groups (to lien gia) of a village or commune, from the registry as it is now.
 * Households = the greater of the households registered and the number the commune declares for the
 * village, so a village whose households are not all registered does not show a false 100%.
 */
public record SafetyGroupFigures(int groups, int households, int householdsInGroups, int groupsOutsideRange) {

    public static final SafetyGroupFigures NONE = new SafetyGroupFigures(0, 0, 0, 0);

    /** Households in a group over all households, 0..1, or null without households. Target 100%. */
    public Double coverage() {
        return households == 0 ? null : Math.min(1.0, householdsInGroups / (double) households);
    }

    public int householdsOutside() {
        return Math.max(0, households - householdsInGroups);
    }

    public SafetyGroupFigures plus(SafetyGroupFigures o) {
        return new SafetyGroupFigures(groups + o.groups, households + o.households,
                householdsInGroups + o.householdsInGroups, groupsOutsideRange + o.groupsOutsideRange);
    }
}
