package vn.keng.sms;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.keng.messaging.Validity;
import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.Priority;
import vn.keng.messaging.Reconciling;
import vn.keng.messaging.SendOutcome;
import vn.keng.messaging.SmsText;
import vn.keng.registry.InvalidPhoneNumberException;
import vn.keng.registry.PhoneNumber;

/**
 * The SMS channel for the dispatcher: enforces the segment limit, picks the route (the provider a
 * reply's message came in on first, then the commune's route, the country prefix's or the default),
 * skips a provider known to be down (an Android phone gone silent) whatever the priority, and for
 * alarms moves on to the next provider when one fails on its side (5xx, 429, time-out, rejected
 * credentials). Other messages stay on the first available provider and are retried by the outbox.
 * Before a message an earlier attempt may have handed over is sent again, every provider of its
 * route is asked whether it already has it ({@link Reconciling}: Twilio can tell; the others answer
 * "not found" and rely on their own idempotency).
 */
class SmsChannelSender implements ChannelSender, Reconciling {

    private static final Logger log = LoggerFactory.getLogger(SmsChannelSender.class);

    private final Map<ProviderKind, SmsProvider> providers = new EnumMap<>(ProviderKind.class);
    private final SmsRoutes routes;
    private final int maxSegments;
    private final double ratePerSecond;
    private final Clock clock;

    SmsChannelSender(List<SmsProvider> providers, SmsSettings settings, double ratePerSecond, Clock clock) {
        providers.forEach(p -> this.providers.put(p.kind(), p));
        this.routes = new SmsRoutes(settings.provider(), settings.routes(), settings.communeRoutes());
        this.maxSegments = settings.maxSegments();
        this.ratePerSecond = ratePerSecond;
        this.clock = clock;
        routes.inUse().forEach(kind -> {
            if (!this.providers.containsKey(kind)) {
                throw new IllegalStateException("SMS provider '" + kind.key() + "' is routed to but not available");
            }
        });
    }

    @Override
    public ChannelType channel() {
        return ChannelType.SMS;
    }

    @Override
    public double ratePerSecond() {
        return ratePerSecond;
    }

    @Override
    public Reconciliation reconcile(OutboundEnvelope envelope) {
        if (envelope.inDoubtSince() == null) {
            return new NotFound();
        }
        OutgoingSms sms;
        try {
            sms = sms(envelope, PhoneNumber.parse(envelope.address()));
        } catch (InvalidPhoneNumberException e) {
            return new NotFound(); // never sent anywhere: the send refuses it
        }
        Reconciliation answer = new NotFound();
        for (ProviderKind kind : routes.providersFor(sms.to(), envelope.communeId(), envelope.via())) {
            SmsProvider provider = providers.get(kind);
            if (provider == null) {
                continue; // a reply's provider that is not configured any more
            }
            Reconciliation said;
            try {
                said = provider.reconcile(sms, envelope.inDoubtSince());
            } catch (RuntimeException e) {
                said = new Unknown(kind.key() + ": " + e.getClass().getSimpleName());
            }
            if (said instanceof Found) {
                return said;
            }
            if (said instanceof Unknown) {
                answer = said;
            }
        }
        return answer;
    }

    @Override
    public SendOutcome send(OutboundEnvelope envelope) {
        PhoneNumber to;
        try {
            to = PhoneNumber.parse(envelope.address());
        } catch (InvalidPhoneNumberException e) {
            return SendOutcome.permanent("not a phone number: " + e.reason());
        }
        if (Validity.expired(envelope.validUntil(), clock.instant())) {
            return SendOutcome.permanent("validity expired before sending");
        }
        OutgoingSms sms = sms(envelope, to);
        if (!sms.text().equals(envelope.text())) {
            log.warn("Outbox {} exceeded {} SMS segment(s): shortened at a word boundary", envelope.outboxId(), maxSegments);
        }
        List<ProviderKind> route = routes.providersFor(to, envelope.communeId(), envelope.via());
        SendOutcome outcome = null;
        List<String> down = new java.util.ArrayList<>(0);
        for (int i = 0; i < route.size(); i++) {
            SmsProvider provider = providers.get(route.get(i));
            if (provider == null) {
                continue; // a reply's provider that is not configured any more
            }
            OutgoingSms attempt = sms.withFallback(i + 1 < route.size());
            if (!available(provider, attempt)) {
                down.add(provider.kind().key());
                continue;
            }
            outcome = sendSafely(provider, attempt);
            if (!(outcome instanceof SendOutcome.RetryLater retry) || sms.priority() != Priority.ALARM
                    || Thread.currentThread().isInterrupted()) {
                return outcome; // an interrupted worker is stopping: the row goes back to the queue
            }
            if (i + 1 < route.size()) {
                log.warn("Alarm outbox {} failed on SMS provider {} ({}): trying the next provider of the route",
                        sms.reference(), provider.kind().key(), retry.reason());
            }
        }
        if (outcome == null) {
            log.warn("Outbox {}: no provider of its SMS route {} can send now (down: {}); retried later", sms.reference(),
                    route, down);
            return SendOutcome.retryLater(AndroidGatewayProvider.ALL_SILENT_RETRY,
                    "no SMS provider of the route available (down: " + String.join(", ", down) + ")");
        }
        return outcome;
    }

    /** The SMS as it goes to a provider: the text shortened to the segment limit. */
    private OutgoingSms sms(OutboundEnvelope envelope, PhoneNumber to) {
        String text = SmsText.shorten(envelope.text() == null ? "" : envelope.text(), maxSegments);
        return new OutgoingSms(envelope.outboxId(), to, text, SmsText.segments(text).count(), envelope.priority(),
                envelope.validUntil(), Math.max(1, envelope.attempt()), envelope.communeId(), envelope.via(), false,
                envelope.queuedAt());
    }

    private static boolean available(SmsProvider provider, OutgoingSms sms) {
        try {
            return provider.canSend(sms);
        } catch (RuntimeException e) {
            log.warn("SMS provider {} could not tell whether it can send: trying it", provider.kind().key(), e);
            return true;
        }
    }

    private static SendOutcome sendSafely(SmsProvider provider, OutgoingSms sms) {
        try {
            return provider.send(sms);
        } catch (RuntimeException e) {
            log.error("SMS provider {} failed on outbox {}", provider.kind().key(), sms.reference(), e);
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()),
                    provider.kind().key() + ": " + e.getClass().getSimpleName());
        }
    }
}
