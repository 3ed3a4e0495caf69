package vn.keng.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.keng.platform.SharedKeys;

/**
 * The options of the last question asked to each person (or unknown address), kept in Redis until
 * the question expires (the notice's {@code validUntil}, at most 24 h), so that a bare digit ("1")
 * or the words of an option ("den ngay") select an option of the last question, whatever the channel.
 * Written after the commit of the transaction that asks (a question rolled back is never remembered);
 * when Redis cannot take it, it is kept in the database ({@link FallbackStates}); reads look at both
 * and take the newer.
 */
@Component
public class AnswerOptions {

    private static final Duration TTL = Duration.ofHours(24);
    private static final String WORDS = "w:";
    private static final Logger log = LoggerFactory.getLogger(AnswerOptions.class);

    private final SharedKeys redis;
    private final FallbackStates fallback;

    AnswerOptions(SharedKeys redis, FallbackStates fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    /** The key of a known person. */
    public static String personKey(long personId) {
        return "p:" + personId;
    }

    /** The key of an address the service does not know. */
    public static String addressKey(ChannelType channel, String address) {
        return "a:" + channel.name() + ":" + address;
    }

    void remember(String key, List<ReplyOption> options, Duration validFor) {
        if (options.isEmpty()) {
            return;
        }
        Map<String, String> byNumber = new HashMap<>();
        for (ReplyOption option : options) {
            byNumber.put(String.valueOf(option.number()), option.data());
            String words = TextForms.fold(option.label());
            if (!words.isEmpty()) {
                byNumber.putIfAbsent(WORDS + words, option.data());
            }
        }
        long seconds = validFor == null ? TTL.toSeconds() : Math.max(1, Math.min(TTL.toSeconds(), validFor.toSeconds()));
        byNumber.put(FallbackStates.STAMP, fallback.stampNow());
        redis.put("lastq:" + key, byNumber, Duration.ofSeconds(seconds),
                () -> fallback.save("lastq:" + key, byNumber, Duration.ofSeconds(seconds)));
    }

    /**
     * The open question of the key in one read: option data by number ("1") and by the folded words
     * of its label ({@code w:den ngay}); empty when there is none or Redis cannot say.
     */
    public Map<String, String> question(String key) {
        Map<String, String> inRedis;
        try {
            inRedis = redis.get("lastq:" + key);
        } catch (RuntimeException e) {
            log.warn("Could not read the last question for {} in Redis: {}", key, e.getMessage());
            inRedis = Map.of();
        }
        Map<String, String> question = new HashMap<>(FallbackStates.newer(inRedis, fallback.load("lastq:" + key)));
        question.remove(FallbackStates.STAMP);
        return question;
    }

    /** The field of {@link #question} that holds the option whose label is these folded words. */
    public static String wordsField(String folded) {
        return WORDS + folded;
    }

    /** The data of option {@code number} of the last question asked to the key, if it is still known. */
    public Optional<String> resolve(String key, int number) {
        return Optional.ofNullable(question(key).get(String.valueOf(number)));
    }
}
