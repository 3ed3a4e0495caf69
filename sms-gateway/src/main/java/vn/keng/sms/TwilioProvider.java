package vn.keng.sms;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.MessageReader;

import vn.keng.messaging.Validity;
import vn.keng.messaging.Priority;
import vn.keng.messaging.Reconciling;
import vn.keng.messaging.SendOutcome;

/**
 * Sends through Twilio's Messages API with the SDK, a status callback on every message, a validity
 * period when the message has a deadline, and the alarm sender for alarms. No Twilio exception
 * leaves this class: {@link TwilioErrors} translates them.
 * <p>
 * Twilio has no idempotency key, so a message an earlier attempt may have handed over is reconciled
 * before it is sent again ({@link #reconcile}): Twilio's list of messages to that number since the
 * earlier claim (sent ones by {@code DateSent>}, plus the newest page for those still queued, which
 * have no send date yet), matched by body; a match counts as the send.
 */
class TwilioProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(TwilioProvider.class);
    /** Twilio's limit for ValidityPeriod, in seconds. */
    private static final long MAX_VALIDITY = 36_000;
    /** Clock skew allowed between this host and Twilio when comparing a message's dates with a claim. */
    static final Duration SKEW = Duration.ofMinutes(1);
    private static final long PAGE = 50;
    /** Statuses of a message Twilio gave up on: it did not reach the person, so a resend is no duplicate. */
    private static final Set<Message.Status> GAVE_UP = Set.of(Message.Status.FAILED, Message.Status.UNDELIVERED,
            Message.Status.CANCELED);

    private final TwilioRestClient client;
    private final TwilioSettings settings;
    private final Clock clock;
    private final URI statusCallback;

    TwilioProvider(TwilioRestClient client, TwilioSettings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.statusCallback = URI.create(settings.publicBase() + TwilioSettings.STATUS_PATH);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.TWILIO;
    }

    @Override
    public SendOutcome send(OutgoingSms sms) {
        MessageCreator creator = creator(sms);
        if (sms.validUntil() != null) {
            // Twilio takes a validity period of whole seconds, at least one: less than that left is expired
            long seconds = Validity.secondsLeft(sms.validUntil(), clock.instant());
            if (Validity.expired(sms.validUntil(), clock.instant()) || seconds < 1) {
                return SendOutcome.permanent("validity expired before sending");
            }
            creator.setValidityPeriod((int) Math.min(seconds, MAX_VALIDITY));
        }
        creator.setStatusCallback(statusCallback);
        try {
            Message message = creator.create(client);
            return SendOutcome.sent(message.getSid(), sms.segments());
        } catch (ApiConnectionException e) {
            return unreachable(e, sms);
        } catch (ApiException e) {
            if (e.getCause() instanceof IOException && !(e.getCause() instanceof JsonProcessingException)) {
                return unreachable(e, sms); // the SDK wraps network faults and time-outs in ApiException
            }
            SendOutcome outcome = TwilioErrors.api(e, sms.attempt(), TwilioHttpClient.takeRetryAfter());
            log.info("Twilio refused outbox {} to {}: code {}, HTTP {} -> {}", sms.reference(), sms.maskedTo(),
                    e.getCode(), e.getStatusCode(), outcome);
            return outcome;
        } catch (TwilioException | IllegalArgumentException e) {
            log.warn("Twilio send of outbox {} failed unexpectedly: {}", sms.reference(), e.toString());
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, sms.attempt()), "twilio: " + e.getMessage());
        }
    }

    private static SendOutcome unreachable(TwilioException e, OutgoingSms sms) {
        SendOutcome outcome = TwilioErrors.connection(e, sms.attempt());
        if (TwilioErrors.ambiguous(e) && outcome instanceof SendOutcome.RetryLater retry) {
            log.warn("Twilio did not answer in time for outbox {} to {}: it may have accepted the message; the "
                    + "retry is reconciled first", sms.reference(), sms.maskedTo());
            return SendOutcome.retryInDoubt(retry.after(), retry.reason());
        }
        return outcome;
    }

    /**
     * Looks for the SMS among Twilio's messages to its number created since {@code since} (less
     * {@link #SKEW}): a message with the same body that Twilio has not given up on is this one.
     */
    @Override
    public Reconciling.Reconciliation reconcile(OutgoingSms sms, Instant since) {
        Instant from = since.minus(SKEW);
        try {
            MessageReader sent = Message.reader().setTo(sms.to().e164())
                    .setDateSentAfter(from.atZone(ZoneOffset.UTC)).setPageSize(PAGE);
            Message match = match(sent.firstPage(client).getRecords(), sms, from);
            if (match == null) { // queued, accepted or scheduled messages have no send date yet
                match = match(Message.reader().setTo(sms.to().e164()).setPageSize(PAGE).firstPage(client).getRecords(),
                        sms, from);
            }
            if (match == null) {
                return new Reconciling.NotFound();
            }
            log.info("Outbox {} to {} was already with Twilio as {} ({})", sms.reference(), sms.maskedTo(),
                    match.getSid(), match.getStatus());
            return new Reconciling.Found(match.getSid(), sms.segments());
        } catch (TwilioException | IllegalArgumentException e) {
            return new Reconciling.Unknown("twilio message list: " + e.getMessage());
        }
    }

    private static Message match(List<Message> messages, OutgoingSms sms, Instant from) {
        String body = normalized(sms.text());
        for (Message m : messages) {
            if (m.getDirection() == Message.Direction.INBOUND || GAVE_UP.contains(m.getStatus())) {
                continue;
            }
            Instant created = m.getDateCreated() != null ? m.getDateCreated().toInstant()
                    : m.getDateSent() != null ? m.getDateSent().toInstant() : null;
            if (created != null && created.isBefore(from)) {
                continue;
            }
            String theirs = normalized(m.getBody());
            // a trial account prefixes "Sent from your Twilio trial account - "
            if (theirs.equals(body) || theirs.endsWith(" - " + body)) {
                return m;
            }
        }
        return null;
    }

    private static String normalized(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    private MessageCreator creator(OutgoingSms sms) {
        var to = new com.twilio.type.PhoneNumber(sms.to().e164());
        String sender = sms.priority() == Priority.ALARM && !TwilioSettings.blank(settings.alarmFrom())
                ? settings.alarmFrom().strip()
                : (TwilioSettings.blank(settings.from()) ? settings.messagingServiceSid().strip() : settings.from().strip());
        if (sender.startsWith("MG")) {
            return Message.creator(to, sender, sms.text());
        }
        return Message.creator(to, new com.twilio.type.PhoneNumber(sender), sms.text());
    }
}
