package vn.keng.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

/**
 * The options of the last question asked to each person (or unknown address), kept in Redis, so
 * that a bare digit reply ("1") selects the option of the last question, whatever the channel.
 */
@Component
public class AnswerOptions {

    private static final Duration TTL = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(AnswerOptions.class);

    private final UnifiedJedis redis;

    AnswerOptions(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** The key of a known person. */
    public static String personKey(long personId) {
        return "p:" + personId;
    }

    /** The key of an address the service does not know. */
    public static String addressKey(ChannelType channel, String address) {
        return "a:" + channel.name() + ":" + address;
    }

    void remember(String key, List<ReplyOption> options) {
        if (options.isEmpty()) {
            return;
        }
        Map<String, String> byNumber = new HashMap<>();
        options.forEach(o -> byNumber.put(String.valueOf(o.number()), o.data()));
        String redisKey = "keng:lastq:" + key;
        try (var pipeline = redis.pipelined()) { // one round trip for the three commands
            pipeline.del(redisKey);
            pipeline.hset(redisKey, byNumber);
            pipeline.expire(redisKey, TTL.toSeconds());
            pipeline.sync();
        } catch (RuntimeException e) {
            log.warn("Could not remember the options of the last question for {}: {}", key, e.getMessage());
        }
    }

    /** The data of option {@code number} of the last question asked to the key, if it is still known. */
    public Optional<String> resolve(String key, int number) {
        try {
            return Optional.ofNullable(redis.hget("keng:lastq:" + key, String.valueOf(number)));
        } catch (RuntimeException e) {
            log.warn("Could not read the last question for {}: {}", key, e.getMessage());
            return Optional.empty();
        }
    }
}
