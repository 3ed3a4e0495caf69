package vn.keng.messaging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;

/**
 * Wakes the dispatcher when outbox rows commit: at once in this process, and in the other
 * instances through Redis pub/sub. A missed signal costs at most one sweep interval.
 */
@Component
class OutboxSignal implements InitializingBean, DisposableBean {

    static final String TOPIC = "keng:outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxSignal.class);

    private final UnifiedJedis redis;
    private final ConcurrentHashMap<ChannelType, Semaphore> wakeups = new ConcurrentHashMap<>();
    private final String instance = java.util.UUID.randomUUID().toString();
    private volatile JedisPubSub subscription;
    private volatile boolean running = true;

    OutboxSignal(UnifiedJedis redis) {
        this.redis = redis;
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
            try {
                redis.publish(TOPIC, instance + ":" + channel.name());
            } catch (RuntimeException e) {
                log.debug("Could not publish an outbox signal: {}", e.getMessage());
            }
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
        Thread listener = new Thread(this::listen, "outbox-signal");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (running) {
            try {
                subscription = new JedisPubSub() {
                    @Override
                    public void onMessage(String topic, String message) {
                        int colon = message.indexOf(':');
                        if (colon > 0 && !message.startsWith(instance)) {
                            try {
                                wake(ChannelType.valueOf(message.substring(colon + 1)), false);
                            } catch (IllegalArgumentException ignored) {
                                // a channel this version does not know
                            }
                        }
                    }
                };
                redis.subscribe(subscription, TOPIC);
            } catch (RuntimeException e) {
                if (running) {
                    log.debug("Outbox signal subscription lost, retrying: {}", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @Override
    public void destroy() {
        running = false;
        JedisPubSub s = subscription;
        if (s != null && s.isSubscribed()) {
            try {
                s.unsubscribe();
            } catch (RuntimeException ignored) {
                // closing
            }
        }
    }
}
