package vn.keng.telegram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;

/**
 * Stands in for the core's inbound pipeline until it lands: records what the adapter hands over,
 * answers DUPLICATE for a provider id seen before (as the real one does), and can be told to fail
 * like a core whose database is down.
 */
@Component
@Primary
class RecordingInboundMessages implements InboundMessages {

    private final List<InboundMessage> received = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    @Override
    public Receipt receive(InboundMessage message) {
        RuntimeException toThrow = failure;
        if (toThrow != null) {
            throw toThrow;
        }
        boolean seen = received.stream().anyMatch(m -> m.channel() == message.channel()
                && m.providerMessageId().equals(message.providerMessageId()));
        received.add(message);
        return seen ? Receipt.DUPLICATE : Receipt.ACCEPTED;
    }

    List<InboundMessage> received() {
        return List.copyOf(received);
    }

    List<InboundMessage> receivedWithId(String providerMessageId) {
        return received.stream().filter(m -> m.providerMessageId().equals(providerMessageId)).toList();
    }

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    void reset() {
        received.clear();
        failure = null;
    }
}
