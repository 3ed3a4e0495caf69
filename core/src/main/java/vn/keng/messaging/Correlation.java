package vn.keng.messaging;

/** What an outbound message is about, so its outcome can be traced back: a duty night, an incident, a report. */
public record Correlation(String kind, long id) {

    public static Correlation duty(long id) {
        return new Correlation("DUTY", id);
    }

    public static Correlation incident(long id) {
        return new Correlation("INCIDENT", id);
    }

    public static Correlation report(long id) {
        return new Correlation("REPORT", id);
    }
}
