package vn.keng.messaging;

/**
 * The one entry point for every inbound message. An adapter calls it after checking the request's
 * authenticity and before acknowledging the provider: when it returns, the message is stored (a
 * crash later loses nothing); when it throws, the adapter answers with an error so the provider
 * delivers again.
 */
public interface InboundMessages {

    Receipt receive(InboundMessage message);

    /**
     * Stores a message nobody can act on (a carrier's promotion from a letter-named sender such as
     * "VIETTEL") as IGNORED, with the reason, without handling or answering it, so the provider can
     * be acknowledged and stop delivering it.
     */
    Receipt keep(InboundMessage message, String reason);

    /** What became of a delivery. */
    enum Receipt {
        /** Stored and handed to the dialog engine. */
        ACCEPTED,
        /** The same channel and provider id was seen before: nothing was done. */
        DUPLICATE
    }
}
