package vn.keng.platform;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** The Redis adapter of {@link SharedKeys}, {@link Signals} and the {@link Limiter}'s cells: the one user of Jedis. */
final class RedisStore implements SharedKeys, Signals {

    static final String PREFIX = "keng:";
    private static final Logger log = LoggerFactory.getLogger(RedisStore.class);

    private final UnifiedJedis redis;
    private final TransactionTemplate own;

    RedisStore(UnifiedJedis redis, PlatformTransactionManager transactions) {
        this.redis = redis;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return redis.set(PREFIX + key, value, SetParams.setParams().nx().ex(Math.max(1, ttl.toSeconds()))) != null;
    }

    @Override
    public void removeNow(String key) {
        redis.del(PREFIX + key);
    }

    @Override
    public Map<String, String> get(String key) {
        AfterCommit pending = AfterCommit.current(this, false);
        Map<String, String> written = pending == null ? null : pending.state(key);
        return written != null ? new HashMap<>(written) : redis.hgetAll(PREFIX + key);
    }

    @Override
    public void put(String key, Map<String, String> fields, Duration ttl, Runnable ifUnavailable) {
        Map<String, String> copy = Map.copyOf(fields);
        long seconds = Math.max(1, ttl.toSeconds());
        write(key, copy, () -> {
            try (var pipeline = redis.pipelined()) { // one round trip for the three commands
                pipeline.del(PREFIX + key);
                pipeline.hset(PREFIX + key, copy);
                pipeline.expire(PREFIX + key, seconds);
                pipeline.sync();
            } catch (RuntimeException e) {
                log.warn("Could not write {} to Redis ({}); using the fallback", key, e.getMessage());
                own.executeWithoutResult(s -> ifUnavailable.run());
            }
        });
    }

    @Override
    public void remove(String key) {
        write(key, Map.of(), () -> {
            try {
                redis.del(PREFIX + key);
            } catch (RuntimeException e) {
                log.warn("Could not delete {} in Redis: {}", key, e.getMessage());
            }
        });
    }

    @Override
    public void publish(String topic, String message) {
        write(null, null, () -> {
            try {
                redis.publish(PREFIX + topic, message);
            } catch (RuntimeException e) {
                log.debug("Could not publish to {}: {}", topic, e.getMessage());
            }
        });
    }

    private void write(String key, Map<String, String> state, Runnable write) {
        AfterCommit pending = AfterCommit.current(this, true);
        if (pending == null) {
            write.run();
        } else {
            pending.add(key, state, write);
        }
    }

    /** Runs the cell script (KEYS: cells, ARGV: interval and burst per cell); 0 or the microseconds to wait. */
    long cells(List<String> keys, List<String> args) {
        return ((Number) redis.eval(Limiter.SCRIPT, keys.stream().map(k -> PREFIX + k).toList(), args)).longValue();
    }

    @Override
    public AutoCloseable subscribe(String topic, Consumer<String> listener) {
        Subscription subscription = new Subscription(PREFIX + topic, listener);
        Thread thread = new Thread(subscription::listen, "signal-" + topic);
        thread.setDaemon(true);
        thread.start();
        return subscription;
    }

    private final class Subscription implements AutoCloseable {

        private final String channel;
        private final Consumer<String> listener;
        private volatile boolean running = true;
        private volatile JedisPubSub pubSub;

        Subscription(String channel, Consumer<String> listener) {
            this.channel = channel;
            this.listener = listener;
        }

        void listen() {
            while (running) {
                try {
                    pubSub = new JedisPubSub() {
                        @Override
                        public void onMessage(String from, String message) {
                            listener.accept(message);
                        }
                    };
                    redis.subscribe(pubSub, channel);
                } catch (RuntimeException e) {
                    if (running) {
                        log.debug("Subscription to {} lost, retrying: {}", channel, e.getMessage());
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
        public void close() {
            running = false;
            JedisPubSub s = pubSub;
            if (s != null && s.isSubscribed()) {
                try {
                    s.unsubscribe();
                } catch (RuntimeException ignored) {
                    // closing
                }
            }
        }
    }
}
