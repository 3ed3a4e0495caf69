package vn.keng.messaging;

import java.util.Optional;

import vn.keng.registry.Person;

/**
 * What the inbound pipeline hands a stored, de-duplicated, rate-checked message to: the dialog
 * engine. Called inside the transaction that marks the message handled, so the replies it queues
 * commit with it.
 */
public interface InboundHandler {

    void handle(InboundMessage message, Optional<Person> sender);
}
