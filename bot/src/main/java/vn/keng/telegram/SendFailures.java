package vn.keng.telegram;

import java.time.Duration;
import java.util.Locale;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

import vn.keng.platform.Backoff;
import vn.keng.messaging.SendOutcome;

/**
 * Translates a failed Bot API call into the core's outcome: 429 waits as long as Telegram says;
 * 5xx, network errors and time-outs back off by attempt; a blocked bot, a deactivated user, an
 * unknown chat or any other refused request is permanent (alarms then fall back to SMS).
 */
final class SendFailures {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private SendFailures() {
    }

    static SendOutcome translate(TelegramApiException e, int attempt) {
        if (e instanceof TelegramApiValidationException) {
            return SendOutcome.permanent("invalid request: " + e.getMessage());
        }
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null && request.getErrorCode() > 0) {
            int code = request.getErrorCode();
            String description = request.getApiResponse() == null ? "" : request.getApiResponse();
            if (code == 429) {
                Integer after = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                return SendOutcome.retryLater(Duration.ofSeconds(after == null ? 1 : Math.max(1, after)),
                        "429 rate limited: " + description);
            }
            if (code >= 500) {
                return SendOutcome.retryLater(backoff(attempt), code + " " + description);
            }
            return SendOutcome.permanent(code + " " + reason(description));
        }
        return SendOutcome.retryLater(backoff(attempt), "no answer from Telegram: " + rootMessage(e));
    }

    static SendOutcome unexpected(RuntimeException e, int attempt) {
        return SendOutcome.retryLater(backoff(attempt), "unexpected error: " + e);
    }

    /** 5 s, 10 s, 20 s... up to 10 minutes. */
    static Duration backoff(int attempt) {
        return Backoff.doubling(FIRST_BACKOFF, MAX_BACKOFF).after(attempt);
    }

    private static String reason(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        if (lower.contains("blocked by the user")) {
            return "bot blocked by the user: " + description;
        }
        if (lower.contains("deactivated")) {
            return "user deactivated: " + description;
        }
        if (lower.contains("chat not found")) {
            return "chat not found: " + description;
        }
        return description;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
