package vn.keng.sms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A provider's {@code Retry-After} header: delay-seconds or an HTTP date; null when absent or unreadable. */
final class RetryAfter {

    private static final Duration MAX = Duration.ofHours(1);

    private RetryAfter() {
    }

    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Duration after;
        try {
            after = Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException e) {
            try {
                after = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
        if (after.isNegative() || after.isZero()) {
            return Duration.ofSeconds(1); // "now": the next second, never an immediate hammering
        }
        return after.compareTo(MAX) > 0 ? MAX : after;
    }
}
