package vn.keng.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

/**
 * Send rates shared by every instance, kept in Redis with the generic cell rate algorithm (one
 * script call per send, Redis's own clock): a channel's rate is never exceeded however many
 * instances send. Non-alarm traffic must also pass a second, slower cell at
 * {@code (1 - alarmReserve)} of the rate, so a share of every channel's capacity is always left
 * for alarms. A per-address cell (Telegram: one message a second per chat) comes on top.
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

    private final UnifiedJedis redis;

    RateLimiter(UnifiedJedis redis) {
        this.redis = redis;
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
        Object answer = redis.eval(SCRIPT, keys, args);
        return ((Number) answer).longValue();
    }

    private static String interval(double perSecond) {
        return String.valueOf((long) Math.ceil(1_000_000 / Math.max(perSecond, 0.001)));
    }

    /** No burst: sends are spaced evenly, so no one-second window ever holds more than the rate. */
    private static long burst(double perSecond) {
        return 1;
    }
}
