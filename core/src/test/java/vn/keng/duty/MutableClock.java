package vn.keng.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand; until set it follows the system clock (Quartz fires on real time). */
public class MutableClock extends Clock {

    private volatile Instant now;

    public void set(Instant instant) {
        this.now = instant;
    }

    /** Back to the system clock. */
    public void reset() {
        this.now = null;
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed != null ? fixed : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
