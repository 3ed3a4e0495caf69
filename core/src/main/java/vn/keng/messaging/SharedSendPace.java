package vn.keng.messaging;

import java.time.Duration;

import org.springframework.stereotype.Component;

/** {@link SendPace} on the dispatcher's rate limiter (Redis, or the local fallback). */
@Component
class SharedSendPace implements SendPace {

    private final RateLimiter limiter;
    private final MessagingSettings settings;

    SharedSendPace(RateLimiter limiter, MessagingSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    @Override
    public boolean await(String name, double perSecond, boolean alarm, Duration maxWait) throws InterruptedException {
        if (perSecond <= 0) {
            return true;
        }
        long deadline = System.nanoTime() + (maxWait == null ? Long.MAX_VALUE / 4 : maxWait.toNanos());
        while (true) {
            long waitMicros = limiter.tryAcquirePace(name, alarm, perSecond, settings.alarmReserve());
            if (waitMicros <= 0) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || waitMicros * 1000 > left) {
                return false; // the turn would come after the deadline: do not take it
            }
            long millis = Math.max(1, Math.min(500, waitMicros / 1000));
            Thread.sleep(millis);
        }
    }
}
