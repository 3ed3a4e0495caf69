package vn.keng.sms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;

/**
 * Stands in for the core's inbound pipeline until it lands: records every call, answers DUPLICATE
 * for a channel and provider id seen before (as the core does), and can be told to fail like a
 * database that is down. Switch the webhook tests to the real pipeline once it is merged.
 */
class RecordingInboundMessages implements InboundMessages {

    final List<InboundMessage> calls = new CopyOnWriteArrayList<>();
    final List<InboundMessage> accepted = new CopyOnWriteArrayList<>();
    final List<InboundMessage> kept = new CopyOnWriteArrayList<>();
    private final Set<String> seen = new HashSet<>();
    volatile boolean failing;

    @Override
    public synchronized Receipt receive(InboundMessage message) {
        calls.add(message);
        if (failing) {
            throw new IllegalStateException("database down");
        }
        if (!seen.add(message.channel() + ":" + message.providerMessageId())) {
            return Receipt.DUPLICATE;
        }
        accepted.add(message);
        return Receipt.ACCEPTED;
    }

    @Override
    public synchronized Receipt keep(InboundMessage message, String reason) {
        calls.add(message);
        if (failing) {
            throw new IllegalStateException("database down");
        }
        if (!seen.add(message.channel() + ":" + message.providerMessageId())) {
            return Receipt.DUPLICATE;
        }
        kept.add(message);
        return Receipt.ACCEPTED;
    }

    void reset() {
        calls.clear();
        accepted.clear();
        kept.clear();
        seen.clear();
        failing = false;
    }
}
