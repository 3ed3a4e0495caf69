package vn.keng.zalo;

import java.time.Duration;

import vn.keng.messaging.SendOutcome;

/**
 * The one place that says what a failed Bot API call means. Rate limited (429, HTTP or
 * {@code error_code}): try again after Zalo's {@code Retry-After} / {@code retry_after}, else after the
 * dispatcher's back-off. A fault of Zalo (5xx, 408) or no usable answer (network error, time-out,
 * unreadable body): try again later. Anything else Zalo refused (bad token, unknown chat, a user who
 * blocked or never followed the bot, invalid parameters, Zalo's negative codes): permanent, and alarms
 * fall back to SMS where they did not go by SMS already.
 */
final class ZaloErrors {

    private ZaloErrors() {
    }

    /** Whether to try again, after how long (null: the caller's own back-off), and why. */
    record Verdict(boolean retry, Duration after, String reason) {
    }

    static Verdict judge(ZaloApiException e) {
        String description = e.description() == null ? "" : e.description();
        if (e.httpStatus() == 0 && e.errorCode() == null) {
            return new Verdict(true, null, "no answer from Zalo: " + description);
        }
        int code = e.code();
        if (code == 429 || e.httpStatus() == 429) {
            return new Verdict(true, e.retryAfter(), "429 rate limited: " + description);
        }
        if (code >= 500 || code == 408 || e.httpStatus() >= 500) {
            return new Verdict(true, e.retryAfter(), code + " " + description);
        }
        return new Verdict(false, null, code + " " + description);
    }

    /** The outcome of a send that failed this way. */
    static SendOutcome outcome(ZaloApiException e) {
        Verdict verdict = judge(e);
        if (!verdict.retry()) {
            return SendOutcome.permanent(verdict.reason());
        }
        return SendOutcome.retryLater(verdict.after() == null ? Duration.ZERO : verdict.after(), verdict.reason());
    }

    /** A long poll that ended without an update: Zalo answers {@code error_code} 408 "Request timeout". */
    static boolean noUpdates(ZaloApiException e) {
        return e.code() == 408;
    }
}
