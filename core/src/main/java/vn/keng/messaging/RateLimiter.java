package vn.keng.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

/**
 * Send rates shared by every instance, kept in Redis with the generic cell rate algorithm (one
 * script call per send, Redis's own clock): a channel's rate is never exceeded however many
 * instances send. Non-alarm traffic must also pass a second, slower cell at
 * {@code (1 - alarmReserve)} of the rate, so a share of every channel's capacity is always left
 * for alarms. A per-address cell (Telegram: one message a second per chat) comes on top.
 * <p>
 * When Redis cannot be reached the same cells are kept in this process, at each rate divided by the
 * number of live instances (their heartbeats in the database, see {@link Leases}), so that together
 * they stay under the cap; Redis is tried again every {@value #REDIS_RETRY_MILLIS} ms. A send is
 * never held back or left claimed because Redis failed.
 */
@Component
class RateLimiter {

    // KEYS: cells; ARGV: pairs of (interval in microseconds, burst). Allows only if every cell allows;
    // answers 0, or the microseconds to wait.
    private static final String SCRIPT = """
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
              redis.call('SET', key, tats[i], 'PX', math.ceil(tonumber(ARGV[2 * i - 1]) * 2 / 1000) + 1000)
            end
            return 0
            """;

    static final long REDIS_RETRY_MILLIS = 2000;
    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final UnifiedJedis redis;
    private final Leases leases;
    private final Map<String, Long> localCells = new HashMap<>();
    private volatile long redisRetryAt;

    RateLimiter(UnifiedJedis redis, Leases leases) {
        this.redis = redis;
        this.leases = leases;
    }

    /**
     * Takes one send token if all cells allow it now.
     *
     * @return 0 when taken, otherwise the microseconds until it could be
     */
    long tryAcquire(ChannelType channel, String address, boolean alarm, double ratePerSecond,
            double perAddressPerSecond, double alarmReserve) {
        List<String> keys = new ArrayList<>(3);
        List<String> args = new ArrayList<>(6);
        keys.add("keng:rate:" + channel.name());
        args.add(interval(ratePerSecond));
        args.add(String.valueOf(burst(ratePerSecond)));
        if (!alarm && alarmReserve > 0) {
            double bulkRate = ratePerSecond * (1 - alarmReserve);
            keys.add("keng:rate:" + channel.name() + ":bulk");
            args.add(interval(bulkRate));
            args.add(String.valueOf(burst(bulkRate)));
        }
        if (perAddressPerSecond > 0) {
            keys.add("keng:rate:" + channel.name() + ":to:" + address);
            args.add(interval(perAddressPerSecond));
            args.add("1");
        }
        return acquire(keys, args);
    }

    /**
     * Takes one turn of a named pace ({@code keng:pace:<name>}): {@code perSecond} sends at most, of which
     * non-alarm sends may take only {@code 1 - alarmReserve}, so that an alarm finds a turn within one
     * interval even while a batch drains.
     *
     * @return 0 when taken, otherwise the microseconds until it could be
     */
    long tryAcquirePace(String name, boolean alarm, double perSecond, double alarmReserve) {
        List<String> keys = new ArrayList<>(2);
        List<String> args = new ArrayList<>(4);
        keys.add("keng:pace:" + name);
        args.add(interval(perSecond));
        args.add("1");
        if (!alarm && alarmReserve > 0) {
            keys.add("keng:pace:" + name + ":bulk");
            args.add(interval(perSecond * (1 - alarmReserve)));
            args.add("1");
        }
        return acquire(keys, args);
    }

    private long acquire(List<String> keys, List<String> args) {
        if (System.currentTimeMillis() >= redisRetryAt) {
            try {
                Object answer = redis.eval(SCRIPT, keys, args);
                return ((Number) answer).longValue();
            } catch (RuntimeException e) {
                redisRetryAt = System.currentTimeMillis() + REDIS_RETRY_MILLIS;
                log.warn("Rate limit unavailable in Redis ({}); limiting locally at 1/{} of each rate", e.toString(),
                        leases.liveInstances());
            }
        }
        return local(keys, args, leases.liveInstances());
    }

    /** The script's algorithm in this process, each cell's interval multiplied by the live instances. */
    synchronized long local(List<String> keys, List<String> args, int instances) {
        long now = System.nanoTime() / 1000;
        long wait = 0;
        long[] tats = new long[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            long interval = Long.parseLong(args.get(2 * i)) * Math.max(1, instances);
            long burst = Long.parseLong(args.get(2 * i + 1));
            long tat = Math.max(localCells.getOrDefault(keys.get(i), now), now);
            long newTat = tat + interval;
            wait = Math.max(wait, newTat - now - burst * interval);
            tats[i] = newTat;
        }
        if (wait > 0) {
            return wait;
        }
        if (localCells.size() > 10_000) {
            localCells.values().removeIf(tat -> tat < now);
        }
        for (int i = 0; i < keys.size(); i++) {
            localCells.put(keys.get(i), tats[i]);
        }
        return 0;
    }

    private static String interval(double perSecond) {
        return String.valueOf((long) Math.ceil(1_000_000 / Math.max(perSecond, 0.001)));
    }

    /** No burst: sends are spaced evenly, so no one-second window ever holds more than the rate. */
    private static long burst(double perSecond) {
        return 1;
    }
}
