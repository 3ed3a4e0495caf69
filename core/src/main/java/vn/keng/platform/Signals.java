package vn.keng.platform;

import java.util.function.Consumer;

/**
 * A fire-and-forget signal to every instance (Redis pub/sub). A lost signal must cost only a delay:
 * nothing relies on it arriving.
 */
public interface Signals {

    /** Publishes after the current transaction commits (now with none); a failure is logged. */
    void publish(String topic, String message);

    /**
     * Delivers every message of the topic to the listener, on a daemon thread of its own that
     * subscribes again after a lost connection, until the returned handle is closed.
     */
    AutoCloseable subscribe(String topic, Consumer<String> listener);
}
