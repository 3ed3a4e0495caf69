package vn.keng.conversation;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;

/** One inbound message on its way through a handler, as understood, with the ways to answer it and to keep dialog state. */
public interface Dialog {

    /** The sender, if the service knows them. */
    Optional<Person> sender();

    InboundMessage message();

    /** How the message was understood and why. */
    Reading reading();

    /** The command given, or null. */
    default Command command() {
        return reading().command();
    }

    /** The intent the model read (for routes INTENT, ASK and DIALOG), or null. */
    default Intent intent() {
        return reading().intent();
    }

    /** The text after the command, as typed (trimmed). For other routes: the whole text. */
    default String rest() {
        return reading().rest() == null ? "" : reading().rest();
    }

    /** The option data chosen (a tapped button, a digit or the words of an option of the open question), or null. */
    default String optionData() {
        return reading().data();
    }

    /** Answers the sender on the channel the message came from. Options in the notice become the open question. */
    void reply(Notice notice);

    /** The dialog state this handler left for the sender, if it has not expired. */
    Optional<Map<String, String>> state();

    /** Keeps state for the sender's next message, routed to this handler, for the given time. */
    void keepState(Map<String, String> state, Duration timeToLive);

    void clearState();

    /**
     * Hands text written along with a command (a patrol leader's note) through the understanding as
     * if the sender had sent it alone: a report of an emergency in it reaches the incident flow (a
     * sure one is reported, an unsure one asked about); anything else is left alone.
     *
     * @return whether the text was taken as a report
     */
    default boolean passOn(String text) {
        return false;
    }
}
