package vn.keng.testing;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.SendOutcome;

/**
 * A channel for the core's own tests (the adapters have their own, faked at HTTP level): it keeps
 * what it was asked to send and answers with scripted outcomes, then "sent".
 */
public class FakeChannel implements ChannelSender {

    private final ChannelType channel;
    private final List<OutboundEnvelope> sent = new CopyOnWriteArrayList<>();
    private final Queue<SendOutcome> script = new ConcurrentLinkedQueue<>();
    private volatile double rate;
    private volatile java.util.function.Function<OutboundEnvelope, SendOutcome> rule;

    public FakeChannel(ChannelType channel) {
        this.channel = channel;
    }

    @Override
    public ChannelType channel() {
        return channel;
    }

    @Override
    public SendOutcome send(OutboundEnvelope envelope) {
        sent.add(envelope);
        SendOutcome scripted = script.poll();
        if (scripted != null) {
            return scripted;
        }
        if (rule != null) {
            SendOutcome ruled = rule.apply(envelope);
            if (ruled != null) {
                return ruled;
            }
        }
        return SendOutcome.sent(channel.name().toLowerCase() + "-" + envelope.outboxId() + "-" + envelope.attempt(), 1);
    }

    @Override
    public double ratePerSecond() {
        return rate;
    }

    /** Answers the next sends with these outcomes, in order. */
    public void thenAnswer(SendOutcome... outcomes) {
        script.addAll(List.of(outcomes));
    }

    /** Answers every send matching the rule's non-null answer. */
    public void answerWith(java.util.function.Function<OutboundEnvelope, SendOutcome> rule) {
        this.rule = rule;
    }

    public void limitRate(double perSecond) {
        this.rate = perSecond;
    }

    public List<OutboundEnvelope> sent() {
        return List.copyOf(sent);
    }

    public List<OutboundEnvelope> sentTo(String address) {
        return sent.stream().filter(e -> e.address().equals(address)).toList();
    }

    public void reset() {
        sent.clear();
        script.clear();
        rule = null;
        rate = 0;
    }
}
