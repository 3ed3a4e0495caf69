package vn.keng.sms;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.DeliveryReports;
import vn.keng.messaging.DeliveryStatus;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.registry.InvalidPhoneNumberException;
import vn.keng.registry.PhoneNumber;

/**
 * What every SMS webhook does once the request is authentic: normalise the sender to E.164, hand the
 * message or report to the core, and choose the answer: 200 when stored (or a duplicate; a sender that
 * is no phone number, such as a carrier's "VIETTEL", is kept as IGNORED), 503 when the core cannot
 * store it so the provider delivers again.
 */
class InboundSms {

    private static final Logger log = LoggerFactory.getLogger(InboundSms.class);

    private final ObjectProvider<InboundMessages> inbound;
    private final ObjectProvider<DeliveryReports> reports;

    InboundSms(ObjectProvider<InboundMessages> inbound, ObjectProvider<DeliveryReports> reports) {
        this.inbound = inbound;
        this.reports = reports;
    }

    /**
     * @param via the provider key the message came through ({@code twilio}, {@code android:viettel}):
     *        replies go back the same way
     */
    HttpStatus receive(String provider, String messageId, String sender, String text, Instant receivedAt, String via) {
        if (sender == null || sender.isBlank()) {
            return HttpStatus.BAD_REQUEST;
        }
        PhoneNumber from = null;
        String reason = null;
        try {
            from = PhoneNumber.parse(sender);
        } catch (InvalidPhoneNumberException e) {
            reason = "sender is not a phone number (" + e.reason() + "): kept, not handled";
            log.info("{} SMS {} from '{}' kept without handling: not a phone number ({})", provider, messageId,
                    abbreviate(sender), e.reason());
        }
        try {
            InboundMessages messages = inbound.getIfAvailable();
            if (messages == null) {
                log.error("{} SMS {} cannot be stored: no inbound pipeline in this process", provider, messageId);
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (from == null) {
                // A carrier's promotion ("VIETTEL"): a 400 would make the gateway deliver it again for days.
                messages.keep(InboundMessage.text(ChannelType.SMS, messageId, abbreviate(sender), text, receivedAt)
                        .withVia(via), reason);
                return HttpStatus.OK;
            }
            var receipt = messages.receive(InboundMessage.text(ChannelType.SMS, messageId, from.e164(), text, receivedAt)
                    .withVia(via));
            log.debug("{} SMS {} from {}: {}", provider, messageId, OutgoingSms.mask(from), receipt);
            return HttpStatus.OK;
        } catch (RuntimeException e) {
            log.error("{} SMS {} could not be stored: answering 503 so the provider delivers it again", provider,
                    messageId, e);
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    HttpStatus report(String provider, String messageId, DeliveryStatus status, String errorCode) {
        try {
            DeliveryReports delivery = reports.getIfAvailable();
            if (delivery == null) {
                log.error("{} status of {} cannot be recorded: no delivery reports in this process", provider, messageId);
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (!delivery.report(ChannelType.SMS, messageId, status, errorCode)) {
                log.debug("{} status {} of unknown or final message {}", provider, status, messageId);
            }
            return HttpStatus.OK;
        } catch (RuntimeException e) {
            log.error("{} status of {} could not be recorded: answering 503", provider, messageId, e);
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("[\\r\\n\\t]", " ");
        return clean.length() <= 32 ? clean : clean.substring(0, 32) + "...";
    }
}
