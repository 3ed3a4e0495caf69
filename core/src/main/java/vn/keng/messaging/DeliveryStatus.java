package vn.keng.messaging;

/** What a provider's status callback says about a sent message. */
public enum DeliveryStatus {
    /** Accepted by the provider or the carrier; nothing more is known. */
    SENT,
    /** The handset received it. Vietnamese carriers often never say so: its absence is not a failure. */
    DELIVERED,
    /** The carrier could not deliver it: alarms and duty messages fall back. */
    UNDELIVERED,
    /** The provider could not send it: alarms and duty messages fall back. */
    FAILED
}
