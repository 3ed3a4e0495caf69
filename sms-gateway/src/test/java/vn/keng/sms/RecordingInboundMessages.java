package vn.keng.sms;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;

/**
 * The core's inbound side as the webhook slice tests see it: records every call, answers what it
 * is told ({@link #answer}: ACCEPTED, or DUPLICATE as the core answers a provider id it has seen),
 * and can be told to fail like a database that is down. It decides nothing itself: the core's
 * de-duplication is tested against the real pipeline (core's {@code InboundPipelineTest}, and the
 * app's webhook tests end to end).
 */
class RecordingInboundMessages implements InboundMessages {

    final List<InboundMessage> calls = new CopyOnWriteArrayList<>();
    final List<InboundMessage> accepted = new CopyOnWriteArrayList<>();
    final List<InboundMessage> kept = new CopyOnWriteArrayList<>();
    volatile boolean failing;
    volatile Receipt answer = Receipt.ACCEPTED;

    @Override
    public Receipt receive(InboundMessage message) {
        calls.add(message);
        if (failing) {
            throw new IllegalStateException("database down");
        }
        if (answer == Receipt.ACCEPTED) {
            accepted.add(message);
        }
        return answer;
    }

    @Override
    public Receipt keep(InboundMessage message, String reason) {
        calls.add(message);
        if (failing) {
            throw new IllegalStateException("database down");
        }
        if (answer == Receipt.ACCEPTED) {
            kept.add(message);
        }
        return answer;
    }

    void reset() {
        calls.clear();
        accepted.clear();
        kept.clear();
        failing = false;
        answer = Receipt.ACCEPTED;
    }
}
