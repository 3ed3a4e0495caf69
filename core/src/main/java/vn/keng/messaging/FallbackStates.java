package vn.keng.messaging;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Short-lived conversation state (dialog steps, the open question) in the database, for when Redis
 * cannot take it: written only when a Redis write fails, read beside Redis, the newer of the two
 * winning (each copy carries the instant it was written). Rows expire like the Redis keys would.
 */
@Component
public class FallbackStates {

    /** The field of a state map that holds when it was written (epoch milliseconds). */
    public static final String STAMP = "_at";
    private static final Logger log = LoggerFactory.getLogger(FallbackStates.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FallbackStates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the state (with its stamp) until {@code ttl} from now; joins the caller's transaction. */
    public void save(String key, Map<String, String> state, Duration ttl) {
        Instant now = clock.instant();
        Map<String, String> stamped = new HashMap<>(state);
        stamped.putIfAbsent(STAMP, String.valueOf(now.toEpochMilli()));
        String content = encode(stamped);
        if (content.length() > 8000) {
            log.warn("Fallback state {} too large to keep ({} characters)", key, content.length());
            return;
        }
        Timestamp expires = Timestamp.from(now.plus(ttl));
        if (jdbc.update("update fallback_state set content = ?, stamped_at = ?, expires_at = ? where state_key = ?",
                content, Timestamp.from(now), expires, key) == 0) {
            jdbc.update("insert into fallback_state (state_key, content, stamped_at, expires_at) values (?, ?, ?, ?)", key,
                    content, Timestamp.from(now), expires);
        }
    }

    /** The state kept for the key, if it has not expired; its {@link #STAMP} field says when it was written. */
    public Optional<Map<String, String>> load(String key) {
        return jdbc.queryForList("select content from fallback_state where state_key = ? and expires_at > ?", String.class,
                key, Timestamp.from(clock.instant())).stream().findFirst().map(FallbackStates::decode);
    }

    public void delete(String key) {
        jdbc.update("delete from fallback_state where state_key = ?", key);
    }

    /** The newer of a Redis copy and a database copy (either may be empty), by their stamps. */
    public static Map<String, String> newer(Map<String, String> redis, Optional<Map<String, String>> database) {
        if (database.isEmpty()) {
            return redis;
        }
        if (redis == null || redis.isEmpty()) {
            return database.get();
        }
        return stamp(database.get()) > stamp(redis) ? database.get() : redis;
    }

    /** The current instant as a stamp value. */
    public String stampNow() {
        return String.valueOf(clock.instant().toEpochMilli());
    }

    private static long stamp(Map<String, String> state) {
        try {
            return Long.parseLong(state.getOrDefault(STAMP, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void dropExpired() {
        try {
            jdbc.update("delete from fallback_state where expires_at < ?", Timestamp.from(clock.instant()));
        } catch (RuntimeException e) {
            log.debug("Could not drop expired fallback states: {}", e.toString());
        }
    }

    static String encode(Map<String, String> state) {
        StringBuilder out = new StringBuilder();
        state.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    static Map<String, String> decode(String content) {
        Map<String, String> state = new HashMap<>();
        for (String pair : content.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                state.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return state;
    }
}
