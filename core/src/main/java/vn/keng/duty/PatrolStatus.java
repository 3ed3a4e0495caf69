package vn.keng.duty;

/** What became of one village's patrol night. Only PENDING is open. */
public enum PatrolStatus {
    /** Reminded (or about to be), not reported yet. */
    PENDING,
    /** The leader (or someone asked) answered "TUAN TRA XONG" before the night closed. */
    DONE,
    /** Nobody reported the patrol before the night closed. */
    MISSED,
    /** Not reminded: the service was down at reminder time. Never the leader's miss. */
    SERVICE_DOWN;

    public boolean open() {
        return this == PENDING;
    }
}
