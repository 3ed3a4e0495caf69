package vn.keng.sms;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import vn.keng.messaging.SendPace;

/**
 * A {@link SendPace} within this process only: turns are handed out in order, {@code 1 / perSecond}
 * apart. Used where no shared pace exists (the module on its own, its tests); the application uses
 * the core's, shared by every instance through Redis.
 */
final class LocalSendPace implements SendPace {

    private final Map<String, Long> next = new HashMap<>();

    @Override
    public boolean await(String name, double perSecond, boolean alarm, Duration maxWait) throws InterruptedException {
        if (perSecond <= 0) {
            return true;
        }
        long interval = (long) (1_000_000_000L / perSecond);
        long turn;
        synchronized (this) {
            long now = System.nanoTime();
            turn = Math.max(now, next.getOrDefault(name, now));
            if (maxWait != null && turn - now > maxWait.toNanos()) {
                return false;
            }
            next.put(name, turn + interval);
        }
        long wait = turn - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        return true;
    }
}
