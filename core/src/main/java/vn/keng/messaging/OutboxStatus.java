package vn.keng.messaging;

/** Where an outbound message is. */
public enum OutboxStatus {
    /** Waiting for its turn (or for its next attempt). */
    PENDING,
    /** Claimed by a dispatcher worker. */
    SENDING,
    /** Handed to the provider. */
    SENT,
    /** The provider reported it delivered. */
    DELIVERED,
    /** Could not be sent: permanent failure, attempts exhausted, or no channel left. */
    FAILED,
    /** Sent, then reported undelivered by the provider. */
    UNDELIVERED,
    /** Failed here and was sent again on another channel (see the row whose fallback_of points here). */
    FELL_BACK,
    /** Its validity ran out before it could leave (a reminder that would arrive after midnight). */
    EXPIRED,
    /** Not sent: the person had already answered the same question on another channel. */
    ANSWERED;

    public boolean isFinal() {
        return this != PENDING && this != SENDING;
    }
}
