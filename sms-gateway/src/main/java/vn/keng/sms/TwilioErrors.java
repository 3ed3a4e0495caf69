package vn.keng.sms;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Set;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;

import vn.keng.messaging.SendOutcome;

/** Twilio's answers translated into outcomes: recipient faults are permanent, provider faults retryable. */
final class TwilioErrors {

    /**
     * Error codes that mean "never retry this message": invalid or unreachable number, a landline,
     * opted out by STOP (21610), a region not enabled, a sender that cannot reach the number, an
     * empty or too long body.
     */
    static final Set<Integer> PERMANENT = Set.of(21211, 21214, 21217, 21265, 21266, 21401, 21407, 21408, 21602,
            21604, 21606, 21608, 21610, 21612, 21614, 21617, 21635, 21659, 21660, 21703, 30004, 30005, 30006, 30007);
    /** Error codes of the account's credentials or state: the provider is unusable, another may work. */
    static final Set<Integer> ACCOUNT = Set.of(20003, 20005, 20008, 20403);

    private TwilioErrors() {
    }

    static SendOutcome api(ApiException e, int attempt) {
        return api(e, attempt, null);
    }

    /** As above, with the Retry-After Twilio sent (null if none): then the retry comes exactly then. */
    static SendOutcome api(ApiException e, int attempt, java.time.Duration retryAfter) {
        Integer code = e.getCode();
        Integer status = e.getStatusCode();
        String reason = "twilio " + (code == null ? "" : code + " ") + (status == null ? "" : "HTTP " + status + " ")
                + e.getMessage();
        if (code != null && PERMANENT.contains(code)) {
            return SendOutcome.permanent(reason.strip());
        }
        if (code != null && ACCOUNT.contains(code) || status != null && (status == 401 || status == 403)) {
            return SendOutcome.retryLater(Backoff.after(Backoff.AUTH_FAULT, attempt), reason.strip());
        }
        if (status != null && status == 429 || code != null && code == 20429) {
            return SendOutcome.retryLater(retryAfter != null ? retryAfter : Backoff.after(Backoff.RATE_LIMITED, attempt),
                    reason.strip());
        }
        if (retryAfter != null && status != null && status == 503) {
            return SendOutcome.retryLater(retryAfter, reason.strip());
        }
        if (status == null || status >= 500) {
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, attempt), reason.strip());
        }
        return SendOutcome.permanent(reason.strip());
    }

    static SendOutcome connection(TwilioException e, int attempt) {
        return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, attempt),
                "twilio unreachable: " + rootMessage(e));
    }

    /**
     * Whether the request may have reached Twilio: a read time-out after sending (yes) differs from
     * a refused or timed-out connection (no).
     */
    static boolean ambiguous(TwilioException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ConnectTimeoutException || t instanceof HttpHostConnectException) {
                return false;
            }
            if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
