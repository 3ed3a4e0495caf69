package vn.keng.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.ChatLinks;

/**
 * Zalo played by the simulator while no real Zalo bot is configured ({@code keng.zalo.mode=off}): a
 * message "sent" on Zalo to a person the simulator plays there shows on their simulator page, rendered
 * as Zalo gets it (diacritics, options as numbered replies). Their account is {@code sim-<person id>}.
 */
@Component
@ConditionalOnBooleanProperty("keng.simulator.enabled")
@ConditionalOnProperty(name = "keng.zalo.mode", havingValue = "off", matchIfMissing = true)
class SimulatedZalo implements ChannelSender {

    static final String CHANNEL = ChannelType.ZALO.name();

    private final ChatLinks links;
    private final SimulatorStreams streams;

    SimulatedZalo(ChatLinks links, SimulatorStreams streams) {
        this.links = links;
        this.streams = streams;
    }

    @Override
    public ChannelType channel() {
        return ChannelType.ZALO;
    }

    @Override
    public SendOutcome send(OutboundEnvelope envelope) {
        links.linkedPerson(CHANNEL, envelope.address()).ifPresent(p -> streams.changed(String.valueOf(p.getId())));
        return SendOutcome.sent("sim-zalo-" + envelope.outboxId(), 1);
    }

    /** The person's Zalo account, a simulated one linked on first use. */
    String accountOf(long personId) {
        return links.accountOf(personId, CHANNEL).orElseGet(() -> {
            links.link(CHANNEL, "sim-" + personId, personId);
            return "sim-" + personId;
        });
    }
}
