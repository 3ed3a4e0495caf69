package vn.keng.incident;

/** A recipient's answer to an alarm. */
public enum Answer {
    COMING, CANNOT
}
