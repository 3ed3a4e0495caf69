package vn.keng.zalo;

import java.time.Duration;

/**
 * A Bot API call that did not succeed: Zalo's answer ({@code "ok": false} with its {@code error_code}
 * and {@code description}, or an HTTP error) or no usable answer at all (network error, time-out,
 * unreadable body). {@link ZaloErrors} decides what it means. Messages never carry the bot token.
 *
 * @param httpStatus the HTTP status, 0 when there was no answer
 * @param errorCode Zalo's {@code error_code}, or null
 * @param retryAfter how long Zalo asked to wait (a {@code Retry-After} header or {@code parameters.retry_after}), or null
 */
class ZaloApiException extends RuntimeException {

    private final String method;
    private final int httpStatus;
    private final Integer errorCode;
    private final String description;
    private final Duration retryAfter;

    ZaloApiException(String method, int httpStatus, Integer errorCode, String description, Duration retryAfter) {
        super(method + ": " + (httpStatus == 0 ? "no answer" : "HTTP " + httpStatus)
                + (errorCode == null ? "" : ", error_code " + errorCode) + (description == null ? "" : ", " + description));
        this.method = method;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    /** No usable answer: the request may or may not have reached Zalo. */
    static ZaloApiException noAnswer(String method, String why) {
        return new ZaloApiException(method, 0, null, why, null);
    }

    String method() { return method; }
    int httpStatus() { return httpStatus; }
    Integer errorCode() { return errorCode; }
    String description() { return description; }
    Duration retryAfter() { return retryAfter; }

    /** Zalo's code for the failure: its {@code error_code}, else the HTTP status (0: no answer). */
    int code() {
        return errorCode != null ? errorCode : httpStatus;
    }
}
