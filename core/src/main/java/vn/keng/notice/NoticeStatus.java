package vn.keng.notice;

/** A notice waits for its sender's confirmation (DRAFT), then is SENT, or CANCELLED. */
public enum NoticeStatus {
    DRAFT, SENT, CANCELLED
}
