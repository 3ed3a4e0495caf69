package vn.keng.messaging;

/**
 * The outbound half of a channel adapter. The dispatcher calls it from its worker threads with a
 * rate-limit token already taken; it must not throw for provider errors but translate them into a
 * {@link SendOutcome}. A Spring bean implementing it registers the channel.
 */
public interface ChannelSender {

    ChannelType channel();

    SendOutcome send(OutboundEnvelope envelope);

    /**
     * Sends per second this sender allows overall, across all instances, or 0 for the dispatcher's
     * configured default.
     */
    default double ratePerSecond() {
        return 0;
    }

    /** Sends per second allowed to one address (Telegram: 1 per chat), or 0 for no per-address limit. */
    default double ratePerAddressPerSecond() {
        return 0;
    }
}
