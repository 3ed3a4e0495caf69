package vn.keng.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one rate limiting algorithm: the generic cell rate algorithm, shared by every instance in Redis
 * (one script call, Redis's own clock). A request takes one token of each of its {@link Cell}s, and
 * only if every cell allows it. A cell allows {@code burst} requests at once, then one per interval.
 * <p>
 * When Redis cannot be reached the same cells are kept in this process, each interval multiplied and
 * each burst divided by the {@link LiveInstances}, so that together the instances stay under the
 * limit; Redis is tried again every {@value #REDIS_RETRY_MILLIS} ms. Taking a token is immediate,
 * also inside a transaction: the answer is the write.
 */
@Component
public class Limiter {

    // KEYS: cells; ARGV: pairs of (interval in microseconds, burst). Allows only if every cell allows;
    // answers 0, or the microseconds to wait.
    static final String SCRIPT = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local wait = 0
            local tats = {}
            for i, key in ipairs(KEYS) do
              local interval = tonumber(ARGV[2 * i - 1])
              local burst = tonumber(ARGV[2 * i])
              local tat = tonumber(redis.call('GET', key) or now)
              if tat < now then tat = now end
              local new_tat = tat + interval
              local over = new_tat - now - burst * interval
              if over > wait then wait = over end
              tats[i] = new_tat
            end
            if wait > 0 then return wait end
            for i, key in ipairs(KEYS) do
              local interval = tonumber(ARGV[2 * i - 1])
              local keep = tats[i] - now + interval
              redis.call('SET', key, tats[i], 'PX', math.ceil(keep / 1000) + 1000)
            end
            return 0
            """;

    static final long REDIS_RETRY_MILLIS = 2000;
    private static final Logger log = LoggerFactory.getLogger(Limiter.class);

    private final RedisStore redis;
    private final ObjectProvider<LiveInstances> instances;
    private final Map<String, Long> localCells = new HashMap<>();
    private volatile long redisRetryAt;

    Limiter(RedisStore redis, ObjectProvider<LiveInstances> instances) {
        this.redis = redis;
        this.instances = instances;
    }

    /** One cell: its key (under {@code keng:}), one token per {@code intervalMicros}, {@code burst} at once. */
    public record Cell(String key, long intervalMicros, long burst) {

        /** A cell of {@code perSecond} tokens a second, {@code burst} at once. */
        public static Cell perSecond(String key, double perSecond, long burst) {
            return new Cell(key, (long) Math.ceil(1_000_000 / Math.max(perSecond, 0.001)), burst);
        }

        /** At most {@code max} in any {@code window}: {@code max} at once, then one per window/max. */
        public static Cell window(String key, int max, Duration window) {
            long micros = Math.max(1, window.toNanos() / 1000);
            return new Cell(key, Math.max(1, (micros + max - 1) / Math.max(1, max)), Math.max(1, max));
        }
    }

    /** One step of the algorithm: {@code waitMicros} 0 when allowed (then {@code tat} is the cell's new value). */
    public record Step(long waitMicros, long tat) {

        /** The cell at {@code now} given its stored theoretical arrival time ({@code tat}, or now when none). */
        public static Step of(Cell cell, long now, long tat) {
            long newTat = Math.max(tat, now) + cell.intervalMicros();
            return new Step(Math.max(0, newTat - now - cell.burst() * cell.intervalMicros()), newTat);
        }
    }

    /** True when a request under the key is allowed: at most {@code max} in any {@code window}. */
    public boolean allow(String key, int max, Duration window) {
        return tryAcquire(List.of(Cell.window(key, max, window))) == 0;
    }

    /** Takes one token of every cell if all allow it; 0 when taken, otherwise the microseconds until they could. */
    public long tryAcquire(List<Cell> cells) {
        OptionalLong shared = tryAcquireShared(cells);
        if (shared.isPresent()) {
            return shared.getAsLong();
        }
        return local(cells, liveInstances());
    }

    /** As {@link #tryAcquire}, in Redis only: empty when Redis cannot answer (the caller keeps its own fallback). */
    public OptionalLong tryAcquireShared(List<Cell> cells) {
        if (System.currentTimeMillis() < redisRetryAt) {
            return OptionalLong.empty();
        }
        List<String> keys = new ArrayList<>(cells.size());
        List<String> args = new ArrayList<>(cells.size() * 2);
        for (Cell cell : cells) {
            keys.add(cell.key());
            args.add(String.valueOf(cell.intervalMicros()));
            args.add(String.valueOf(cell.burst()));
        }
        try {
            return OptionalLong.of(redis.cells(keys, args));
        } catch (RuntimeException e) {
            redisRetryAt = System.currentTimeMillis() + REDIS_RETRY_MILLIS;
            log.warn("Rate limits unavailable in Redis ({}); limiting locally at 1/{} of each rate", e.toString(),
                    liveInstances());
            return OptionalLong.empty();
        }
    }

    /** The algorithm in this process, each interval multiplied and each burst divided by {@code instances}. */
    synchronized long local(List<Cell> cells, int instances) {
        int share = Math.max(1, instances);
        long now = System.nanoTime() / 1000;
        long wait = 0;
        long[] tats = new long[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            Cell mine = new Cell(cell.key(), cell.intervalMicros() * share, Math.max(1, cell.burst() / share));
            Step step = Step.of(mine, now, localCells.getOrDefault(cell.key(), now));
            wait = Math.max(wait, step.waitMicros());
            tats[i] = step.tat();
        }
        if (wait > 0) {
            return wait;
        }
        if (localCells.size() > 10_000) {
            localCells.values().removeIf(tat -> tat < now);
        }
        for (int i = 0; i < cells.size(); i++) {
            localCells.put(cells.get(i).key(), tats[i]);
        }
        return 0;
    }

    /** A limiter on the same Redis with in-process cells of its own (another instance's, for tests). */
    Limiter anotherInstance() {
        return new Limiter(redis, instances);
    }

    /** Ends the pause after a failed Redis call (for tests that cut Redis before). */
    void retryRedisNow() {
        redisRetryAt = 0;
    }

    private int liveInstances() {
        LiveInstances live = instances.getIfAvailable();
        return live == null ? 1 : Math.max(1, live.count());
    }
}
