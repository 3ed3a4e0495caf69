package vn.keng.sms;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import vn.keng.messaging.Priority;
import vn.keng.registry.PhoneNumber;

/**
 * The SMS the console provider "sent", newest last, kept in memory for the simulator and the
 * embedded default: nothing leaves the machine.
 */
class SmsConsole {

    private final int keep;
    private final Deque<Message> messages = new ArrayDeque<>();

    SmsConsole(int keep) {
        this.keep = Math.max(1, keep);
    }

    /** One console SMS. */
    public record Message(String id, PhoneNumber to, String text, int segments, Priority priority, Instant at) {
    }

    /** The last messages, oldest first. */
    public synchronized List<Message> recent() {
        return List.copyOf(messages);
    }

    /** The last messages to one number, oldest first. */
    public synchronized List<Message> recentTo(PhoneNumber to) {
        return messages.stream().filter(m -> m.to().equals(to)).toList();
    }

    synchronized void add(Message message) {
        messages.addLast(message);
        while (messages.size() > keep) {
            messages.removeFirst();
        }
    }
}
