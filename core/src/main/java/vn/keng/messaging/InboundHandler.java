package vn.keng.messaging;

import java.util.Optional;

import vn.keng.registry.Person;

/**
 * What the inbound pipeline hands a stored, de-duplicated, rate-checked message to: the dialog
 * engine. Called inside the transaction that marks the message handled, so the replies it queues
 * commit with it.
 */
public interface InboundHandler {

    /** @return how the message was understood, in one line, kept with the stored message (or null) */
    String handle(InboundMessage message, Optional<Person> sender);
}
