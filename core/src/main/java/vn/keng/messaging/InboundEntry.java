package vn.keng.messaging;

import java.time.Instant;

/**
 * A stored inbound message, for live views: what came in and what became of it ({@code outcome}:
 * how it was understood, or why handling failed).
 */
record InboundEntry(long id, ChannelType channel, String senderAddress, String text, String buttonData,
        String status, String outcome, Instant receivedAt) {
}
