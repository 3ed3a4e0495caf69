package vn.keng.incident;

/** What happened. */
public enum IncidentKind {
    FIRE, THEFT, RESCUE, DISORDER, OTHER;

    /** The template key of its short name ("cháy", "trộm"...). */
    String label() {
        return "incident.kind." + name();
    }
}
