package vn.keng.telegram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;

/**
 * Sits in front of the core's real inbound pipeline: records what the adapter hands over, then
 * passes it on (the pipeline de-duplicates, stores, handles and replies through the outbox), and
 * can be told to fail like a core whose database is down.
 */
@Component
@Primary
class RecordingInboundMessages implements InboundMessages {

    private final List<InboundMessage> received = new CopyOnWriteArrayList<>();
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final InboundMessages pipeline;
    private volatile RuntimeException failure;

    RecordingInboundMessages(@Qualifier("inboundPipeline") InboundMessages pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Receipt receive(InboundMessage message) {
        RuntimeException toThrow = failure;
        if (toThrow != null) {
            throw toThrow;
        }
        received.add(message);
        Receipt receipt = pipeline.receive(message);
        receipts.add(receipt);
        return receipt;
    }

    List<Receipt> receipts() {
        return List.copyOf(receipts);
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

    @Override
    public Receipt keep(InboundMessage message, String reason) {
        return pipeline.keep(message, reason);
    }

    void reset() {
        received.clear();
        receipts.clear();
        failure = null;
    }
}
