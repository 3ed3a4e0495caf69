package vn.keng.conversation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.keng.messaging.FallbackStates;
import vn.keng.platform.SharedKeys;

/**
 * Multi-step dialog state per person (or unknown address), in Redis with a time-out, whatever the
 * channel, written after the caller's transaction commits (a handling rolled back leaves the state
 * as it was). When Redis cannot take a state it is kept in the database ({@link FallbackStates}, in a
 * transaction of its own); reads look at both and take the newer, and see the caller's own pending
 * writes. A Redis failure never fails the handling of a message.
 */
@Component
class DialogStates {

    private static final String HANDLER = "_handler";
    private static final Logger log = LoggerFactory.getLogger(DialogStates.class);

    private final SharedKeys redis;
    private final FallbackStates fallback;

    DialogStates(SharedKeys redis, FallbackStates fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    Optional<Map<String, String>> load(String key) {
        Map<String, String> inRedis;
        try {
            inRedis = redis.get("dialog:" + key);
        } catch (RuntimeException e) {
            log.warn("Dialog state unavailable in Redis, reading the database: {}", e.getMessage());
            inRedis = Map.of();
        }
        Map<String, String> all = new HashMap<>(FallbackStates.newer(inRedis, fallback.load("dialog:" + key)));
        all.remove(FallbackStates.STAMP);
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    Optional<String> handlerOf(String key) {
        return load(key).map(state -> state.get(HANDLER));
    }

    Optional<Map<String, String>> stateFor(String key, String handler) {
        return load(key).filter(state -> handler.equals(state.get(HANDLER))).map(state -> {
            Map<String, String> copy = new HashMap<>(state);
            copy.remove(HANDLER);
            return copy;
        });
    }

    void keep(String key, String handler, Map<String, String> state, Duration ttl) {
        Map<String, String> stored = new HashMap<>(state);
        stored.put(HANDLER, handler);
        stored.put(FallbackStates.STAMP, fallback.stampNow());
        Duration kept = Duration.ofSeconds(Math.max(1, ttl.toSeconds()));
        redis.put("dialog:" + key, stored, kept, () -> fallback.save("dialog:" + key, stored, kept));
    }

    void clear(String key) {
        redis.remove("dialog:" + key);
        fallback.delete("dialog:" + key);
    }
}
