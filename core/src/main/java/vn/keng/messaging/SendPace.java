package vn.keng.messaging;

import java.time.Duration;

/**
 * A pace shared by every instance, for an adapter whose provider must not be sent to faster than a
 * given rate (an Android phone: one SMS about every 2 s). Kept in Redis like the dispatcher's rate
 * limits; while Redis is unreachable each instance keeps it locally at the rate divided by the live
 * instances, so together they stay under it. Non-alarm sends may use only {@code 1 - alarm-reserve} of
 * the rate: an alarm finds a free turn within about one interval even while a batch drains.
 */
public interface SendPace {

    /**
     * Waits for a turn of the named pace, at most {@code maxWait}.
     *
     * @return whether the turn was taken (false: {@code maxWait} passed first)
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    boolean await(String name, double perSecond, boolean alarm, Duration maxWait) throws InterruptedException;
}
