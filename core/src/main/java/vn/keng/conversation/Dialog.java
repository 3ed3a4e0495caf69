package vn.keng.conversation;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;

/** One inbound message on its way through a handler, with the ways to answer it and to keep dialog state. */
public interface Dialog {

    /** The sender, if the service knows them. */
    Optional<Person> sender();

    InboundMessage message();

    /** The keyword that routed the message here, normalized, or null. */
    String keyword();

    /** The text after the keyword, as typed (trimmed). For a routed option or dialog step: the whole text. */
    String rest();

    /** The option data chosen (a tapped button, or a digit answering the last question), or null. */
    String optionData();

    /** Answers the sender on the channel the message came from. Options in the notice become the "last question". */
    void reply(Notice notice);

    /** The dialog state this handler left for the sender, if it has not expired. */
    Optional<Map<String, String>> state();

    /** Keeps state for the sender's next message, routed to this handler, for the given time. */
    void keepState(Map<String, String> state, Duration timeToLive);

    void clearState();
}
