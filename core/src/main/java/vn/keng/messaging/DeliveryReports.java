package vn.keng.messaging;

/** Where adapters report provider status callbacks; the outbox row is found by channel and provider id. */
public interface DeliveryReports {

    /**
     * @return whether an outbox row with that provider id was found (false: unknown or already final)
     */
    boolean report(ChannelType channel, String providerMessageId, DeliveryStatus status, String errorCode);
}
