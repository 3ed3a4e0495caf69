package vn.keng.report;

/** A period that does not exist or cannot be read ("13/2026", "Q5 2026", "1999", "abc"); the API answers 400. */
public class InvalidPeriodException extends IllegalArgumentException {

    private final String typed;

    public InvalidPeriodException(String typed, String reason) {
        super("Cannot read the period '" + typed + "'" + (reason == null ? "" : ": " + reason)
                + ". Use 2026, 11/2026, Q3-2026, H1-2026, movement-2026 or PT-H1-2026.");
        this.typed = typed;
    }

    /** What was typed. */
    public String typed() {
        return typed;
    }
}
