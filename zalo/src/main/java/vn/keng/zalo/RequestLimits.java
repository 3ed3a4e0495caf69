package vn.keng.zalo;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;
import vn.keng.messaging.FallbackStates;

/**
 * Counts requests for one-time codes per phone and per Zalo account in a fixed window, in Redis
 * ({@code INCR} and {@code EXPIRE}, shared by every instance); while Redis is unreachable the count is
 * kept in the database ({@link FallbackStates}), so a Redis outage never lifts the limit.
 */
@Component
@Conditional(ZaloEnabled.class)
class RequestLimits {

    private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

    private final UnifiedJedis redis;
    private final FallbackStates fallback;

    RequestLimits(UnifiedJedis redis, FallbackStates fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    /** Counts one more request under the key; false once more than {@code max} came within the window. */
    boolean allow(String key, int max, Duration window) {
        return count(key, window) <= max;
    }

    private long count(String key, Duration window) {
        try {
            long count = redis.incr("keng:zalo:limit:" + key);
            if (count == 1) {
                redis.expire("keng:zalo:limit:" + key, Math.max(1, window.toSeconds()));
            }
            return count;
        } catch (RuntimeException e) {
            log.warn("Zalo request limit unavailable in Redis ({}); counting in the database", e.getMessage());
            String stateKey = "zalo:limit:" + key;
            long count = fallback.load(stateKey).map(s -> Long.parseLong(s.getOrDefault("n", "0"))).orElse(0L) + 1;
            Map<String, String> state = new HashMap<>();
            state.put("n", String.valueOf(count));
            fallback.save(stateKey, state, window);
            return count;
        }
    }
}
