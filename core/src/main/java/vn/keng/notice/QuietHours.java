package vn.keng.notice;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The hours no notice goes by SMS (21:30-06:00 by default, the commune's time): when a copy may leave. */
record QuietHours(boolean on, LocalTime from, LocalTime until) {

    static QuietHours of(NoticeSettings settings) {
        return new QuietHours(settings.quietHours(), settings.quietFrom(), settings.quietUntil());
    }

    /** The end of the quiet hours when {@code now} is inside them, else null (send at once). */
    Instant smsNotBefore(Instant now, ZoneId zone) {
        if (!on || from.equals(until)) {
            return null;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = from.isAfter(until);
        boolean quiet = overnight ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return null;
        }
        ZonedDateTime end = local.with(until);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
