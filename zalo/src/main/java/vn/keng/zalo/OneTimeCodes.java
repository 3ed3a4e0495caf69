package vn.keng.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import vn.keng.messaging.FallbackStates;
import vn.keng.platform.SharedKeys;

/**
 * The 6-digit codes that link a Zalo account by the registered phone: one pending code per Zalo
 * account, kept as a hash with the person it links to, when it expires and how many wrong tries it
 * took. Kept in Redis, written after the caller's transaction commits; when Redis cannot take it, in
 * the database ({@link FallbackStates}), reads taking the newer of the two, like the dialog state. A code stays
 * readable an hour past its expiry, so that a late answer is told "expired" rather than "no code".
 */
@Component
@Conditional(ZaloEnabled.class)
class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofHours(1);

    private final SharedKeys redis;
    private final FallbackStates fallback;
    private final Clock clock;
    private final ZaloSettings.Otp settings;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(SharedKeys redis, FallbackStates fallback, Clock clock, ZaloSettings settings) {
        this.redis = redis;
        this.fallback = fallback;
        this.clock = clock;
        this.settings = settings.otp();
    }

    /** A new code for the account, replacing any pending one. */
    Issued issue(String account, long personId) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant expires = clock.instant().plus(settings.validity());
        Map<String, String> state = new HashMap<>();
        state.put("person", String.valueOf(personId));
        state.put("hash", hash(account, code));
        state.put("expires", String.valueOf(expires.toEpochMilli()));
        state.put("tries", "0");
        save(account, state);
        return new Issued(code, expires);
    }

    /** Checks a typed code; a right one is spent, a wrong one counts against the code's tries. */
    Check verify(String account, String typed) {
        Map<String, String> state = load(account);
        if (state.isEmpty() || !state.containsKey("hash")) {
            return new Check(Check.Result.NONE, null, 0);
        }
        if (!clock.instant().isBefore(Instant.ofEpochMilli(Long.parseLong(state.get("expires"))))) {
            forget(account);
            return new Check(Check.Result.EXPIRED, null, 0);
        }
        boolean right = MessageDigest.isEqual(state.get("hash").getBytes(StandardCharsets.US_ASCII),
                hash(account, typed).getBytes(StandardCharsets.US_ASCII));
        if (right) {
            forget(account);
            return new Check(Check.Result.RIGHT, Long.valueOf(state.get("person")), 0);
        }
        int tries = Integer.parseInt(state.getOrDefault("tries", "0")) + 1;
        if (tries >= settings.maxTries()) {
            forget(account);
            return new Check(Check.Result.LOCKED, null, 0);
        }
        Map<String, String> next = new HashMap<>(state);
        next.put("tries", String.valueOf(tries));
        save(account, next);
        return new Check(Check.Result.WRONG, null, settings.maxTries() - tries);
    }

    private Map<String, String> load(String account) {
        Map<String, String> inRedis;
        try {
            inRedis = redis.get(redisKey(account));
        } catch (RuntimeException e) {
            log.warn("Zalo one-time code unavailable in Redis, reading the database: {}", e.getMessage());
            inRedis = Map.of();
        }
        Map<String, String> state = new HashMap<>(FallbackStates.newer(inRedis, fallback.load(fallbackKey(account))));
        state.remove(FallbackStates.STAMP);
        return state;
    }

    private void save(String account, Map<String, String> state) {
        Map<String, String> stamped = new HashMap<>(state);
        stamped.put(FallbackStates.STAMP, fallback.stampNow());
        Duration ttl = settings.validity().plus(KEPT_AFTER_EXPIRY);
        redis.put(redisKey(account), stamped, ttl, () -> fallback.save(fallbackKey(account), stamped, ttl));
    }

    private void forget(String account) {
        redis.remove(redisKey(account));
        fallback.delete(fallbackKey(account));
    }

    private static String redisKey(String account) {
        return "zalo:otp:" + account;
    }

    private static String fallbackKey(String account) {
        return "zalo:otp:" + account;
    }

    /** The code is never stored: only a hash bound to the account it was sent for. */
    private static String hash(String account, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((account + "\n" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code just issued (to send by SMS), and when it expires. */
    record Issued(String code, Instant expires) {
    }

    /** What a typed code turned out to be; {@code personId} when right, {@code triesLeft} when wrong. */
    record Check(Result result, Long personId, int triesLeft) {

        enum Result { NONE, EXPIRED, WRONG, LOCKED, RIGHT }
    }
}
