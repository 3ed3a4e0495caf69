package vn.keng.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells which phones are silent: no authentic webhook (system:ping or any other) for
 * {@code ping-timeout}, counted from the later of the last sign of life and this process's start (an
 * instance that just started gives every phone a full time-out first). Reads the shared table at most
 * every {@value #REFRESH_MILLIS} ms; if the database cannot be read, the last view stands (a phone is
 * never declared silent because the database failed).
 */
class AndroidPhoneWatch implements PhoneWatch {

    private static final Logger log = LoggerFactory.getLogger(AndroidPhoneWatch.class);
    static final long REFRESH_MILLIS = 2000;

    private final AndroidPhoneStates states;
    private final Duration timeout;
    private final Clock clock;
    private final Instant started;
    private volatile Map<String, AndroidPhoneStates.State> view = Map.of();
    private volatile long readAt = Long.MIN_VALUE;

    AndroidPhoneWatch(AndroidPhoneStates states, Duration timeout, Clock clock) {
        this.states = states;
        this.timeout = timeout;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public boolean silent(String phone) {
        return silentSince(phone) != null;
    }

    /** Since when the phone has been silent, or null while it counts as alive. */
    Instant silentSince(String phone) {
        return silentSince(phone, states());
    }

    /** As {@link #silentSince(String)}, from the last view without reading the table. */
    Instant lastSilentSince(String phone) {
        return silentSince(phone, view);
    }

    private Instant silentSince(String phone, Map<String, AndroidPhoneStates.State> states) {
        if (timeout.isZero() || timeout.isNegative()) {
            return null;
        }
        AndroidPhoneStates.State state = states.get(phone);
        Instant last = state == null ? null : state.lastSeenAt() != null ? state.lastSeenAt() : state.watchedSince();
        Instant since = last == null || last.isBefore(started) ? started : last;
        return since.plus(timeout).isAfter(clock.instant()) ? null : since;
    }

    Map<String, AndroidPhoneStates.State> states() {
        long now = System.nanoTime();
        if (readAt == Long.MIN_VALUE || now - readAt > REFRESH_MILLIS * 1_000_000) {
            try {
                view = states.all();
            } catch (RuntimeException e) {
                log.warn("Android phone states unreadable ({}); keeping the last view", e.toString());
            }
            readAt = now;
        }
        return view;
    }

    /** The last view of the table, as read by the latest question (never reads it). */
    Map<String, AndroidPhoneStates.State> lastView() {
        return view;
    }

    Instant started() {
        return started;
    }

    /** Forgets the cached view: the next question reads the table (after a webhook this instance took). */
    void refresh() {
        readAt = Long.MIN_VALUE;
    }
}
