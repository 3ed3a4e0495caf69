package vn.keng.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import vn.keng.messaging.FallbackStates;
import vn.keng.platform.Limiter;
import vn.keng.platform.Limiter.Cell;
import vn.keng.platform.Limiter.Step;

/**
 * Limits requests for one-time codes per phone and per Zalo account with the platform's
 * {@link Limiter} (at most {@code max} in any window, shared by every instance in Redis). While Redis
 * is unreachable the same cell is kept in the database ({@link FallbackStates}, in the caller's
 * transaction), so a Redis outage never lifts the limit.
 */
@Component
@Conditional(ZaloEnabled.class)
class RequestLimits {

    private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

    private final Limiter limiter;
    private final FallbackStates fallback;
    private final Clock clock;

    RequestLimits(Limiter limiter, FallbackStates fallback, Clock clock) {
        this.limiter = limiter;
        this.fallback = fallback;
        this.clock = clock;
    }

    /** Takes one request under the key; false once {@code max} came within the window. */
    boolean allow(String key, int max, Duration window) {
        Cell cell = Cell.window("zalo:limit:" + key, max, window);
        OptionalLong shared = limiter.tryAcquireShared(List.of(cell));
        if (shared.isPresent()) {
            return shared.getAsLong() == 0;
        }
        log.warn("Zalo request limit unavailable in Redis; kept in the database");
        return inDatabase(cell, window);
    }

    private boolean inDatabase(Cell cell, Duration window) {
        Instant now = clock.instant();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        long tat = fallback.load(cell.key()).map(s -> Long.parseLong(s.getOrDefault("tat", "0"))).orElse(0L);
        Step step = Step.of(cell, micros, tat);
        if (step.waitMicros() > 0) {
            return false;
        }
        fallback.save(cell.key(), Map.of("tat", String.valueOf(step.tat())), window.plusSeconds(1));
        return true;
    }
}
