package vn.keng.sms;

import java.time.Instant;

import vn.keng.messaging.Reconciling;
import vn.keng.messaging.SendOutcome;

/**
 * One way to send an SMS (the module's internal SPI). An implementation never throws for provider
 * errors: it answers {@link SendOutcome.Sent}, {@link SendOutcome.RetryLater} for faults of the
 * provider or the network (429, 5xx, time-outs, rejected credentials: another provider may succeed),
 * or {@link SendOutcome.PermanentFailure} for faults of the message or recipient (invalid,
 * unreachable, opted out).
 */
interface SmsProvider {

    ProviderKind kind();

    SendOutcome send(OutgoingSms sms);

    /**
     * Whether the provider already has this SMS, handed over since {@code since} by an attempt whose
     * outcome is unknown. The default cannot ask and answers {@link Reconciling.NotFound}: a resend
     * through such a provider relies on its own idempotency (the Android gateway refuses a message id
     * it has seen) or may be a duplicate (the console). Never throws: {@link Reconciling.Unknown}.
     */
    default Reconciling.Reconciliation reconcile(OutgoingSms sms, Instant since) {
        return new Reconciling.NotFound();
    }

    /**
     * Whether the provider can take this SMS at all right now (false: known to be down, such as an
     * Android phone silent past its ping time-out); the route then moves on to its next provider,
     * whatever the priority.
     */
    default boolean canSend(OutgoingSms sms) {
        return true;
    }
}
