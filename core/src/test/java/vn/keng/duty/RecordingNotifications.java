package vn.keng.duty;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;

/**
 * Records every notice the duty module sends, then hands it to the real {@code notificationService},
 * which writes the outbox rows (with the dispatcher off, nobody sends them). A notice is recorded
 * when the real one wrote it: not for a person without a reachable channel, nor an info notice to
 * someone who opted out. Contexts using it need channel senders (the fake ones) for routes to exist.
 */
public class RecordingNotifications implements Notifications {

    public record Sent(Long personId, Notice notice) {
    }

    private final Notifications delegate;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final List<Sent> calls = new CopyOnWriteArrayList<>();
    private volatile boolean callsEnabled;

    private final List<java.util.Map.Entry<String, String>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();

    public RecordingNotifications(Notifications delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<Long> notify(Long personId, Notice notice) {
        long start = System.nanoTime();
        try {
            return record(personId, notice);
        } finally {
            nanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** Time spent in {@link #notify} so far, outbox writes included (the benchmark tells it from the round's own work). */
    public java.time.Duration timeSpent() {
        return java.time.Duration.ofNanos(nanos.get());
    }

    private List<Long> record(Long personId, Notice notice) {
        List<Long> written = delegate.notify(personId, notice);
        if (!written.isEmpty()) {
            sent.add(new Sent(personId, notice));
        }
        return written;
    }

    @Override
    public List<Long> reply(InboundMessage to, Notice notice) {
        sent.add(new Sent(null, notice));
        replies.add(java.util.Map.entry(to.senderAddress(), notice.template()));
        return delegate.reply(to, notice);
    }

    @Override
    public int withdraw(vn.keng.messaging.Correlation correlation, java.time.Instant queuedBefore) {
        return delegate.withdraw(correlation, queuedBefore);
    }

    @Override
    public List<Long> notifyAddress(vn.keng.messaging.ChannelType channel, String address, Notice notice) {
        sent.add(new Sent(null, notice));
        return delegate.notifyAddress(channel, address, notice);
    }

    @Override
    public int answered(Long personId, vn.keng.messaging.Correlation correlation) {
        return delegate.answered(personId, correlation);
    }

    @Override
    public List<Long> sms(Long personId, Notice notice) {
        return delegate.sms(personId, notice);
    }

    @Override
    public List<Long> notifyTelegramChat(long chatId, Notice notice) {
        return delegate.notifyTelegramChat(chatId, notice);
    }

    /**
     * Calls are recorded (and passed on, which writes nothing without a voice channel) while
     * {@link #callsEnabled} is set, as if {@code keng.voice.enabled} were.
     */
    @Override
    public List<Long> call(Long personId, Notice notice) {
        if (!canCall()) {
            return List.of();
        }
        calls.add(new Sent(personId, notice));
        return delegate.call(personId, notice);
    }

    @Override
    public boolean canCall() {
        return callsEnabled || delegate.canCall();
    }

    /** Whether calls can be made from now on (the test's stand-in for a voice channel). */
    public void callsEnabled(boolean enabled) {
        this.callsEnabled = enabled;
    }

    /** Every call queued to this person, oldest first. */
    public List<Notice> callsTo(Long personId) {
        return calls.stream().filter(s -> Objects.equals(s.personId(), personId)).map(Sent::notice).toList();
    }

    /** Every notice sent to this person, oldest first. */
    public List<Notice> to(Long personId) {
        return sent.stream().filter(s -> Objects.equals(s.personId(), personId)).map(Sent::notice).toList();
    }

    public List<String> templatesTo(Long personId) {
        return to(personId).stream().map(Notice::template).toList();
    }

    /** The templates of the replies to messages from this address (an E.164 phone for SMS), oldest first. */
    public List<String> replyTemplatesTo(String address) {
        return replies.stream().filter(r -> r.getKey().equals(address)).map(java.util.Map.Entry::getValue).toList();
    }

    public int count() {
        return sent.size();
    }
}
