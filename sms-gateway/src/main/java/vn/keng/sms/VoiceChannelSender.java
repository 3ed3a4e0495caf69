package vn.keng.sms;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.type.Twiml;

import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.Priority;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.InvalidPhoneNumberException;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;

/**
 * The voice channel: places a call through Twilio's Calls API ({@code Call.creator(to, from, twiml)}
 * with the SDK and the application's {@code TwilioRestClient}) whose inline TwiML speaks the
 * message (or plays the commune's recording, for alarms) and gathers one key; call progress comes
 * back to the status webhook. Declares {@code keng.voice.calls-per-second} as the channel's rate, so
 * the dispatcher's shared limit paces the calls. No Twilio exception leaves this class.
 */
class VoiceChannelSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(VoiceChannelSender.class);

    private final TwilioRestClient client;
    private final VoiceSettings settings;
    private final VoiceTwiml twiml;
    private final People people;
    private final Clock clock;
    private final com.twilio.type.PhoneNumber from;
    private final URI statusCallback;

    VoiceChannelSender(TwilioRestClient client, VoiceSettings settings, VoiceTwiml twiml, People people, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.twiml = twiml;
        this.people = people;
        this.clock = clock;
        this.from = new com.twilio.type.PhoneNumber(settings.from().strip());
        this.statusCallback = URI.create(settings.publicBase() + VoiceSettings.STATUS_PATH);
    }

    @Override
    public ChannelType channel() {
        return ChannelType.VOICE;
    }

    @Override
    public double ratePerSecond() {
        return settings.callsPerSecond();
    }

    @Override
    public SendOutcome send(OutboundEnvelope envelope) {
        PhoneNumber to;
        try {
            to = PhoneNumber.parse(envelope.address());
        } catch (InvalidPhoneNumberException e) {
            return SendOutcome.permanent("not a phone number: " + e.reason());
        }
        if (envelope.validUntil() != null && !envelope.validUntil().isAfter(clock.instant())) {
            return SendOutcome.permanent("validity expired before calling");
        }
        int attempt = Math.max(1, envelope.attempt());
        String masked = OutgoingSms.mask(to);
        try {
            Language language = language(to);
            String xml = twiml.question(envelope.outboxId(), envelope.text(), envelope.options(), language,
                    envelope.priority() == Priority.ALARM, 1, null);
            CallCreator creator = Call.creator(new com.twilio.type.PhoneNumber(to.e164()), from, new Twiml(xml))
                    .setStatusCallback(statusCallback)
                    .setTimeout((int) Math.max(5, settings.ringTimeout().toSeconds()));
            Call call = creator.create(client);
            log.info("Outbox {}: call {} to {} placed", envelope.outboxId(), call.getSid(), masked);
            return SendOutcome.sent(call.getSid(), 1);
        } catch (ApiConnectionException e) {
            return unreachable(e, envelope.outboxId(), masked, attempt);
        } catch (ApiException e) {
            if (e.getCause() instanceof IOException && !(e.getCause() instanceof JsonProcessingException)) {
                return unreachable(e, envelope.outboxId(), masked, attempt);
            }
            SendOutcome outcome = TwilioErrors.api(e, attempt);
            log.info("Twilio refused the call of outbox {} to {}: code {}, HTTP {} -> {}", envelope.outboxId(), masked,
                    e.getCode(), e.getStatusCode(), outcome);
            return outcome;
        } catch (TwilioException | IllegalArgumentException | IllegalStateException e) {
            log.warn("Call of outbox {} failed unexpectedly: {}", envelope.outboxId(), e.toString());
            return SendOutcome.retryLater(Backoff.after(Backoff.PROVIDER_FAULT, attempt), "twilio voice: " + e.getMessage());
        }
    }

    private Language language(PhoneNumber to) {
        try {
            return people.findByPhone(to).map(Person::getLanguage).orElse(Language.VI);
        } catch (RuntimeException e) {
            log.debug("Language of {} unknown ({}): Vietnamese", OutgoingSms.mask(to), e.toString());
            return Language.VI;
        }
    }

    private static SendOutcome unreachable(TwilioException e, long outboxId, String masked, int attempt) {
        if (TwilioErrors.ambiguous(e)) {
            log.warn("Twilio did not answer in time for the call of outbox {} to {}: it may have placed it, so a retry "
                    + "may call twice (possible duplicate)", outboxId, masked);
        }
        return TwilioErrors.connection(e, attempt);
    }
}
