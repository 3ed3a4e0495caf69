package vn.keng.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.keng.platform.Limiter;
import vn.keng.platform.Limiter.Cell;

/**
 * Send rates shared by every instance, as cells of the platform's {@link Limiter} (Redis, or each
 * rate divided by the live instances while Redis is unreachable; a send is never held back or left
 * claimed because Redis failed): a channel's rate is never exceeded however many instances send.
 * Non-alarm traffic must also pass a second, slower cell at {@code (1 - alarmReserve)} of the rate,
 * so a share of every channel's capacity is always left for alarms. A per-address cell (Telegram:
 * one message a second per chat) comes on top. No burst: sends are spaced evenly, so no one-second
 * window ever holds more than the rate.
 */
@Component
class RateLimiter {

    private final Limiter limiter;

    RateLimiter(Limiter limiter) {
        this.limiter = limiter;
    }

    /**
     * Takes one send token if all cells allow it now.
     *
     * @return 0 when taken, otherwise the microseconds until it could be
     */
    long tryAcquire(ChannelType channel, String address, boolean alarm, double ratePerSecond,
            double perAddressPerSecond, double alarmReserve) {
        List<Cell> cells = new ArrayList<>(3);
        cells.add(Cell.perSecond("rate:" + channel.name(), ratePerSecond, 1));
        if (!alarm && alarmReserve > 0) {
            cells.add(Cell.perSecond("rate:" + channel.name() + ":bulk", ratePerSecond * (1 - alarmReserve), 1));
        }
        if (perAddressPerSecond > 0) {
            cells.add(Cell.perSecond("rate:" + channel.name() + ":to:" + address, perAddressPerSecond, 1));
        }
        return limiter.tryAcquire(cells);
    }

    /**
     * Takes one turn of a named pace ({@code keng:pace:<name>}): {@code perSecond} sends at most, of which
     * non-alarm sends may take only {@code 1 - alarmReserve}, so that an alarm finds a turn within one
     * interval even while a batch drains.
     *
     * @return 0 when taken, otherwise the microseconds until it could be
     */
    long tryAcquirePace(String name, boolean alarm, double perSecond, double alarmReserve) {
        List<Cell> cells = new ArrayList<>(2);
        cells.add(Cell.perSecond("pace:" + name, perSecond, 1));
        if (!alarm && alarmReserve > 0) {
            cells.add(Cell.perSecond("pace:" + name + ":bulk", perSecond * (1 - alarmReserve), 1));
        }
        return limiter.tryAcquire(cells);
    }
}
