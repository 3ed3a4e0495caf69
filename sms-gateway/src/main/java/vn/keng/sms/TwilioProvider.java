package vn.keng.sms;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;

import vn.keng.messaging.Priority;
import vn.keng.messaging.SendOutcome;

/**
 * Sends through Twilio's Messages API with the SDK, a status callback on every message, a validity
 * period when the message has a deadline, and the alarm sender for alarms. No Twilio exception
 * leaves this class: {@link TwilioErrors} translates them.
 */
class TwilioProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(TwilioProvider.class);
    /** Twilio's limit for ValidityPeriod, in seconds. */
    private static final long MAX_VALIDITY = 36_000;

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
            long seconds = Duration.between(clock.instant(), sms.validUntil()).toSeconds();
            if (seconds < 1) {
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
        if (TwilioErrors.ambiguous(e)) {
            log.warn("Twilio did not answer in time for outbox {} to {}: it may have accepted the message, so a "
                    + "retry may send it twice (possible duplicate)", sms.reference(), sms.maskedTo());
        }
        return TwilioErrors.connection(e, sms.attempt());
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
