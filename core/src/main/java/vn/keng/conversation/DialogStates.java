package vn.keng.conversation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

/** Multi-step dialog state per person (or unknown address), in Redis with a time-out, whatever the channel. */
@Component
class DialogStates {

    private static final String HANDLER = "_handler";
    private static final Logger log = LoggerFactory.getLogger(DialogStates.class);

    private final UnifiedJedis redis;

    DialogStates(UnifiedJedis redis) {
        this.redis = redis;
    }

    Optional<Map<String, String>> load(String key) {
        try {
            Map<String, String> all = redis.hgetAll("keng:dialog:" + key);
            return all.isEmpty() ? Optional.empty() : Optional.of(all);
        } catch (RuntimeException e) {
            log.warn("Dialog state unavailable (Redis): {}", e.getMessage());
            return Optional.empty();
        }
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
        String redisKey = "keng:dialog:" + key;
        redis.del(redisKey);
        redis.hset(redisKey, stored);
        redis.expire(redisKey, Math.max(1, ttl.toSeconds()));
    }

    void clear(String key) {
        try {
            redis.del("keng:dialog:" + key);
        } catch (RuntimeException e) {
            log.warn("Could not clear dialog state {}: {}", key, e.getMessage());
        }
    }
}
