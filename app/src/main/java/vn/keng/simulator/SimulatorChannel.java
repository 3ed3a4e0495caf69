package vn.keng.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.SendOutcome;

/** The simulator's channel: a message "sent" here is shown on the simulator page of its recipient. */
@Component
@ConditionalOnBooleanProperty("keng.simulator.enabled")
class SimulatorChannel implements ChannelSender {

    private final SimulatorStreams streams;

    SimulatorChannel(SimulatorStreams streams) {
        this.streams = streams;
    }

    @Override
    public ChannelType channel() {
        return ChannelType.SIMULATOR;
    }

    @Override
    public SendOutcome send(OutboundEnvelope envelope) {
        streams.changed(envelope.address());
        return SendOutcome.sent("sim-" + envelope.outboxId(), 1);
    }
}
