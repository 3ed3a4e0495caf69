package vn.keng.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock moved by an offset, still running: the service lives "eleven minutes later" while
 * its dispatcher keeps sending (a frozen clock would stop it).
 */
class ShiftedClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    void shift(Duration by) {
        this.offset = by;
    }

    void reset() {
        this.offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
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
