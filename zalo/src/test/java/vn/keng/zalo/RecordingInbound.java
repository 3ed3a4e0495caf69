package vn.keng.zalo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;

/**
 * Sits in front of the core's real inbound pipeline: records what the adapter hands over and the
 * receipts, then passes it on (the pipeline de-duplicates, stores, handles and replies through the
 * outbox), and can be told to fail like a core whose database is down.
 */
@Component
@Primary
class RecordingInbound implements InboundMessages {

    private final List<InboundMessage> received = new CopyOnWriteArrayList<>();
    private final List<InboundMessage> kept = new CopyOnWriteArrayList<>();
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final InboundMessages pipeline;
    private volatile RuntimeException failure;

    RecordingInbound(@Qualifier("inboundPipeline") InboundMessages pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Receipt receive(InboundMessage message) {
        fail();
        received.add(message);
        Receipt receipt = pipeline.receive(message);
        receipts.add(receipt);
        return receipt;
    }

    @Override
    public Receipt keep(InboundMessage message, String reason) {
        fail();
        kept.add(message);
        Receipt receipt = pipeline.keep(message, reason);
        receipts.add(receipt);
        return receipt;
    }

    private void fail() {
        RuntimeException toThrow = failure;
        if (toThrow != null) {
            throw toThrow;
        }
    }

    List<InboundMessage> received() {
        return List.copyOf(received);
    }

    List<InboundMessage> kept() {
        return List.copyOf(kept);
    }

    List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    void reset() {
        received.clear();
        kept.clear();
        receipts.clear();
        failure = null;
    }
}
