package vn.keng.messaging;

/** Where adapters report provider status callbacks; the outbox row is found by channel and provider id. */
public interface DeliveryReports {

    /**
     * @return whether an outbox row with that provider id was found (false: unknown or already final)
     */
    boolean report(ChannelType channel, String providerMessageId, DeliveryStatus status, String errorCode);

    /**
     * A report that also says how many billing units the send took once it ended: for a call, the
     * minutes billed (0 for one never picked up); kept in the row's {@code segments}. Null keeps what
     * the send recorded.
     */
    default boolean report(ChannelType channel, String providerMessageId, DeliveryStatus status, String errorCode,
            Integer units) {
        return report(channel, providerMessageId, status, errorCode);
    }
}
