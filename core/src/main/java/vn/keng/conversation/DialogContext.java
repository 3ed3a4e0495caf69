package vn.keng.conversation;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.registry.Person;

/** The {@link Dialog} a handler receives: one message, its sender and the ways to answer it. */
final class DialogContext implements Dialog {

    private final InboundMessage message;
    private final Optional<Person> sender;
    private final String key;
    private final String handler;
    private final Reading reading;
    private final Notifications notifications;
    private final DialogStates states;
    private final java.util.function.Predicate<String> passOn;
    private boolean replied;

    DialogContext(InboundMessage message, Optional<Person> sender, String key, String handler, Reading reading,
            Notifications notifications, DialogStates states, java.util.function.Predicate<String> passOn) {
        this.passOn = passOn;
        this.message = message;
        this.sender = sender;
        this.key = key;
        this.handler = handler;
        this.reading = reading;
        this.notifications = notifications;
        this.states = states;
    }

    @Override
    public Optional<Person> sender() {
        return sender;
    }

    @Override
    public InboundMessage message() {
        return message;
    }

    @Override
    public Reading reading() {
        return reading;
    }

    @Override
    public void reply(Notice notice) {
        replied = true;
        notifications.reply(message, notice);
    }

    @Override
    public Optional<Map<String, String>> state() {
        return states.stateFor(key, handler);
    }

    @Override
    public void keepState(Map<String, String> state, Duration timeToLive) {
        states.keep(key, handler, state, timeToLive);
    }

    @Override
    public void clearState() {
        states.clear(key);
    }

    @Override
    public boolean passOn(String text) {
        return passOn.test(text);
    }

    boolean replied() {
        return replied;
    }
}
