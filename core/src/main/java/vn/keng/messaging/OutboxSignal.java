package vn.keng.messaging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.keng.platform.Signals;

/**
 * Wakes the dispatcher when outbox rows commit: at once in this process, and in the other
 * instances through the platform's {@link Signals} (Redis pub/sub {@code keng:outbox}). A missed
 * signal costs at most one sweep interval.
 */
@Component
class OutboxSignal implements InitializingBean, DisposableBean {

    static final String TOPIC = "outbox";

    private final Signals signals;
    private final ConcurrentHashMap<ChannelType, Semaphore> wakeups = new ConcurrentHashMap<>();
    private final String instance = java.util.UUID.randomUUID().toString();
    private volatile AutoCloseable subscription;

    OutboxSignal(Signals signals) {
        this.signals = signals;
    }

    /**
     * Signals after the current transaction commits (or now, outside a transaction): once per channel
     * and transaction, however many rows it wrote (a round queues thousands in one).
     */
    void afterCommit(ChannelType channel) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake(channel, true);
            return;
        }
        String key = "keng.outbox.signal." + channel.name();
        if (TransactionSynchronizationManager.hasResource(key)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                if (status == STATUS_COMMITTED) {
                    wake(channel, true);
                }
            }
        });
    }

    void wake(ChannelType channel, boolean publish) {
        Semaphore semaphore = semaphore(channel);
        if (semaphore.availablePermits() < 4) {
            semaphore.release();
        }
        if (publish) {
            signals.publish(TOPIC, instance + ":" + channel.name()); // a failure costs one sweep interval
        }
    }

    /** Waits for a signal for the channel, at most the given time. */
    void await(ChannelType channel, long millis) throws InterruptedException {
        semaphore(channel).tryAcquire(millis, TimeUnit.MILLISECONDS);
    }

    private Semaphore semaphore(ChannelType channel) {
        return wakeups.computeIfAbsent(channel, c -> new Semaphore(0));
    }

    @Override
    public void afterPropertiesSet() {
        subscription = signals.subscribe(TOPIC, message -> {
            int colon = message.indexOf(':');
            if (colon > 0 && !message.startsWith(instance)) {
                try {
                    wake(ChannelType.valueOf(message.substring(colon + 1)), false);
                } catch (IllegalArgumentException ignored) {
                    // a channel this version does not know
                }
            }
        });
    }

    @Override
    public void destroy() throws Exception {
        AutoCloseable s = subscription;
        if (s != null) {
            s.close();
        }
    }
}
