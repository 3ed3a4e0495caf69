package vn.keng.messaging;

/**
 * The one entry point for every inbound message. An adapter calls it after checking the request's
 * authenticity and before acknowledging the provider: when it returns, the message is stored (a
 * crash later loses nothing); when it throws, the adapter answers with an error so the provider
 * delivers again.
 */
public interface InboundMessages {

    Receipt receive(InboundMessage message);

    /** What became of a delivery. */
    enum Receipt {
        /** Stored and handed to the dialog engine. */
        ACCEPTED,
        /** The same channel and provider id was seen before: nothing was done. */
        DUPLICATE
    }
}
