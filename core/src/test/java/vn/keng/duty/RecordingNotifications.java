package vn.keng.duty;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.registry.People;
import vn.keng.registry.Person;

/**
 * Records every notice the duty module sends, then hands it to the real {@code notificationService},
 * which writes the outbox rows (with the dispatcher off, nobody sends them). Like the real one it
 * records nothing for a person without a reachable channel or for an info notice to someone who opted
 * out. In a context without channel senders (the scheduler's tests) the real one writes nothing:
 * then the recording's own id is returned, so that the round sees the striker as reachable as before.
 */
public class RecordingNotifications implements Notifications {

    public record Sent(Long personId, Notice notice) {
    }

    private final People people;
    private final Notifications delegate;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public RecordingNotifications(People people, Notifications delegate) {
        this.people = people;
        this.delegate = delegate;
    }

    private final AtomicLong nanos = new AtomicLong();

    @Override
    public List<Long> notify(Long personId, Notice notice) {
        long start = System.nanoTime();
        try {
            return record(personId, notice);
        } finally {
            nanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** Time spent in {@link #notify} (real outbox writes included) so far: the benchmark tells it apart from the round's own work. */
    public java.time.Duration timeSpent() {
        return java.time.Duration.ofNanos(nanos.get());
    }

    private List<Long> record(Long personId, Notice notice) {
        List<Long> written = delegate.notify(personId, notice);
        Person person = people.findById(personId).orElse(null);
        if (person == null || !person.isReachable() || (!notice.priority().critical() && person.isInfoOptOut())) {
            return written;
        }
        sent.add(new Sent(personId, notice));
        return written.isEmpty() ? List.of(-ids.incrementAndGet()) : written;
    }

    @Override
    public List<Long> reply(InboundMessage to, Notice notice) {
        sent.add(new Sent(null, notice));
        List<Long> written = delegate.reply(to, notice);
        return written.isEmpty() ? List.of(-ids.incrementAndGet()) : written;
    }

    @Override
    public List<Long> notifyTelegramChat(long chatId, Notice notice) {
        List<Long> written = delegate.notifyTelegramChat(chatId, notice);
        return written.isEmpty() ? List.of(-ids.incrementAndGet()) : written;
    }

    /** Every notice sent to this person, oldest first. */
    public List<Notice> to(Long personId) {
        return sent.stream().filter(s -> Objects.equals(s.personId(), personId)).map(Sent::notice).toList();
    }

    public List<String> templatesTo(Long personId) {
        return to(personId).stream().map(Notice::template).toList();
    }

    public int count() {
        return sent.size();
    }
}
