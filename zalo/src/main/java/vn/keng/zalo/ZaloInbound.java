package vn.keng.zalo;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;

/**
 * Where every update goes, from the webhook and from long polling alike. Linking steps of a private
 * chat are handled by {@link ZaloLinking}; every other text and picture is handed to the core, which
 * drops repeats, stores it and answers through the outbox (an unknown sender is told how to link,
 * an emergency from them still reaches the police and the village head, unverified). Stickers and
 * unsupported messages are kept, unread. An update without a message, a sender or a chat is logged
 * and dropped.
 */
@Component
@Conditional(ZaloEnabled.class)
class ZaloInbound {

    private static final Logger log = LoggerFactory.getLogger(ZaloInbound.class);

    private final InboundMessages inbound;
    private final ZaloLinking linking;

    ZaloInbound(InboundMessages inbound, ZaloLinking linking) {
        this.inbound = inbound;
        this.linking = linking;
    }

    /**
     * Handles one update. Throws {@link InboundUnavailable} only when the core could not take it, so
     * the caller has Zalo deliver it again; any other problem is logged and the update dropped.
     */
    void handle(ZaloUpdate update) {
        Optional<ZaloUpdates.Incoming> incoming = ZaloUpdates.incoming(update);
        if (incoming.isEmpty()) {
            log.warn("Zalo update of event {} without a message id, sender or chat: ignored", update.eventName());
            return;
        }
        ZaloUpdates.Incoming in = incoming.get();
        try {
            if (!in.isText() && !in.isImage()) {
                keep(in.toInbound(""), "Zalo " + in.event() + ": nothing the service reads");
                return;
            }
            InboundMessage message = in.toInbound();
            if (in.privateChat() && in.isText() && linking.handle(message)) {
                return;
            }
            receive(message);
        } catch (InboundUnavailable e) {
            throw e;
        } catch (DataAccessException | TransactionException e) {
            throw new InboundUnavailable(e); // the registry's database is down: have Zalo try again
        } catch (RuntimeException e) {
            log.warn("Zalo message {} could not be handled and is dropped: {}", in.message().messageId(), e.toString());
        }
    }

    private void receive(InboundMessage message) {
        try {
            inbound.receive(message);
        } catch (RuntimeException e) {
            throw new InboundUnavailable(e);
        }
    }

    private void keep(InboundMessage message, String reason) {
        try {
            inbound.keep(message, reason);
        } catch (RuntimeException e) {
            throw new InboundUnavailable(e);
        }
    }
}
