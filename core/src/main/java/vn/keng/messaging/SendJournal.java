package vn.keng.messaging;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * What this instance holds in hand, in memory: the outbox rows and inbound messages it claimed and
 * still works on (their leases are renewed), and the sends a provider accepted whose "sent" is not
 * written yet (the journal). An accepted send stays in the journal until its status is written: when
 * the database is cut after a provider accepted a send, the write is retried until the database is
 * back, and a row of this instance found SENDING with its lease run out is marked SENT from here
 * instead of being sent again. The journal does not survive the process: a row whose instance died
 * after the provider accepted it is sent again after its lease (see docs/reliability.md).
 */
@Component
class SendJournal {

    /** A send the provider accepted. */
    record Accepted(long outboxId, String providerMessageId, int segments) {
    }

    private final Map<Long, Accepted> accepted = new ConcurrentHashMap<>();
    private final Set<Long> outboxInHand = ConcurrentHashMap.newKeySet();
    private final Set<Long> inboundInHand = ConcurrentHashMap.newKeySet();

    void accepted(long outboxId, String providerMessageId, int segments) {
        accepted.put(outboxId, new Accepted(outboxId, providerMessageId, segments));
    }

    Optional<Accepted> acceptedSend(long outboxId) {
        return Optional.ofNullable(accepted.get(outboxId));
    }

    List<Accepted> unwritten() {
        return List.copyOf(accepted.values());
    }

    /** The sends' status is written: forget them. */
    void written(Collection<Long> outboxIds) {
        outboxIds.forEach(accepted::remove);
    }

    int size() {
        return accepted.size();
    }

    void holdOutbox(Collection<Long> ids) {
        outboxInHand.addAll(ids);
    }

    void dropOutbox(Collection<Long> ids) {
        outboxInHand.removeAll(ids);
    }

    /** Outbox rows whose lease this instance renews: in hand, or accepted and not yet written. */
    Set<Long> outboxLeases() {
        Set<Long> ids = new java.util.HashSet<>(outboxInHand);
        ids.addAll(accepted.keySet());
        return ids;
    }

    void holdInbound(long id) {
        inboundInHand.add(id);
    }

    void dropInbound(long id) {
        inboundInHand.remove(id);
    }

    Set<Long> inboundLeases() {
        return Set.copyOf(inboundInHand);
    }
}
