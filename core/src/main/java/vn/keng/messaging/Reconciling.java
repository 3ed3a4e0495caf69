package vn.keng.messaging;

/**
 * An optional capability of a {@link ChannelSender} whose provider can say whether it already has a
 * message. Before sending a row an earlier attempt may have delivered
 * ({@link OutboundEnvelope#possibleDuplicate()}: its instance died holding it, its status write was
 * lost, the provider did not answer in time), the dispatcher asks; when the provider has it, the row
 * is marked sent with the provider's id instead of being sent again. Channels without it either rely
 * on an idempotency key of their own or mark the resend as such (Telegram).
 */
public interface Reconciling {

    /**
     * Looks for this message at the provider, handed over since {@code envelope.inDoubtSince()}.
     * Must not throw for provider errors: {@link Unknown} instead (the dispatcher then sends, a
     * possible duplicate rather than a lost message).
     */
    Reconciliation reconcile(OutboundEnvelope envelope);

    /** What the provider said. */
    sealed interface Reconciliation {
    }

    /** The provider has the message: it counts as sent with this id. */
    record Found(String providerMessageId, int segments) implements Reconciliation {
    }

    /** The provider does not have it: send it. */
    record NotFound() implements Reconciliation {
    }

    /** The provider could not be asked: send it (possible duplicate). */
    record Unknown(String reason) implements Reconciliation {
    }
}
