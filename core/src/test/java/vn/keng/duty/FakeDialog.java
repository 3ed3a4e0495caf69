package vn.keng.duty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.keng.conversation.Dialog;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Person;

/**
 * A message as the dialog engine would hand it to a handler, until the lead's engine is merged:
 * the sender identified, the keyword and the option data already routed.
 */
final class FakeDialog implements Dialog {

    private final Person sender;
    private final InboundMessage message;
    private final String keyword;
    private final String rest;
    private final String optionData;
    final List<Notice> replies = new ArrayList<>();

    private FakeDialog(Person sender, InboundMessage message, String keyword, String rest, String optionData) {
        this.sender = sender;
        this.message = message;
        this.keyword = keyword;
        this.rest = rest;
        this.optionData = optionData;
    }

    static FakeDialog text(Person sender, String keyword, String rest, Instant at) {
        String text = rest.isEmpty() ? keyword : keyword + " " + rest;
        return new FakeDialog(sender, InboundMessage.text(ChannelType.SMS, "sms-" + System.nanoTime(),
                sender.getPhone().e164(), text, at), keyword, rest, null);
    }

    static FakeDialog option(Person sender, String data, Instant at) {
        return new FakeDialog(sender, new InboundMessage(ChannelType.TELEGRAM, "tg-" + System.nanoTime(),
                String.valueOf(sender.getId()), null, "", null, data, null, at), null, "", data);
    }

    Notice lastReply() {
        return replies.get(replies.size() - 1);
    }

    @Override public Optional<Person> sender() { return Optional.ofNullable(sender); }
    @Override public InboundMessage message() { return message; }
    @Override public String keyword() { return keyword; }
    @Override public String rest() { return rest; }
    @Override public String optionData() { return optionData; }
    @Override public void reply(Notice notice) { replies.add(notice); }
    @Override public Optional<Map<String, String>> state() { return Optional.empty(); }
    @Override public void keepState(Map<String, String> state, Duration timeToLive) { }
    @Override public void clearState() { }
}
