package vn.keng.duty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.keng.conversation.Command;
import vn.keng.conversation.Dialog;
import vn.keng.conversation.Reading;
import vn.keng.conversation.TextMatcher;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;

/**
 * A message as the dialog engine hands it to a handler: the sender identified, the command (from
 * the phrase a test says) or the option data already read. Who may give the command is the
 * conversation's gate, tested with the engine; these tests call the duty handler directly.
 */
final class FakeDialog implements Dialog {

    private final Person sender;
    private final InboundMessage message;
    private final Reading reading;
    final List<Notice> replies = new ArrayList<>();

    private FakeDialog(Person sender, InboundMessage message, Reading reading) {
        this.sender = sender;
        this.message = message;
        this.reading = reading;
    }

    private static Command command(String phrase) {
        String folded = TextMatcher.fold(phrase);
        if (folded.startsWith("khong danh")) {
            return Command.STRIKE_CANNOT;
        }
        if (folded.startsWith("doi ca")) {
            return Command.SWAP;
        }
        if (folded.startsWith("danh nham")) {
            return Command.MISTAKE;
        }
        return Command.STRIKE_DONE;
    }

    static FakeDialog text(Person sender, String keyword, String rest, Instant at) {
        String text = rest.isEmpty() ? keyword : keyword + " " + rest;
        return new FakeDialog(sender, InboundMessage.text(ChannelType.SMS, "sms-" + System.nanoTime(),
                sender.getPhone().e164(), text, at),
                new Reading(Reading.Route.COMMAND, command(keyword), null, 1, null, rest, "test"));
    }

    static FakeDialog option(Person sender, String data, Instant at) {
        return new FakeDialog(sender, new InboundMessage(ChannelType.TELEGRAM, "tg-" + System.nanoTime(),
                String.valueOf(sender.getId()), null, "", null, data, null, at), new Reading(Reading.Route.OPTION, null, null, 1, data, "", "test"));
    }

    Notice lastReply() {
        return replies.get(replies.size() - 1);
    }

    @Override public Optional<Person> sender() { return Optional.ofNullable(sender); }
    @Override public InboundMessage message() { return message; }
    @Override public Reading reading() { return reading; }
    @Override public void reply(Notice notice) { replies.add(notice); }
    @Override public Optional<Map<String, String>> state() { return Optional.empty(); }
    @Override public void keepState(Map<String, String> state, Duration timeToLive) { }
    @Override public void clearState() { }
}
