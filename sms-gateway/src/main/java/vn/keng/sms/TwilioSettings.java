package vn.keng.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Twilio's settings under {@code keng.sms.twilio}.
 *
 * @param accountSid the account (AC...)
 * @param authToken the auth token: signs requests both ways
 * @param from the sender number, or empty when a Messaging Service sends
 * @param messagingServiceSid the Messaging Service (MG...), used when {@code from} is empty
 * @param alarmFrom a separate sender (number or MG... service) for alarms, so reminder batches never delay them
 * @param publicUrl the base URL Twilio calls and signs (webhooks are below it)
 * @param apiUrl a base URL that replaces Twilio's hosts for every SDK request (tests, proxies), or empty
 * @param timeout connect and read time-out of one API call
 */
record TwilioSettings(String accountSid, String authToken, String from, String messagingServiceSid, String alarmFrom,
        String publicUrl, String apiUrl, @DefaultValue("PT10S") Duration timeout) {

    static final String STATUS_PATH = "/webhooks/sms/twilio/status";
    static final String INBOUND_PATH = "/webhooks/sms/twilio";

    /** Fails with a message naming every missing setting. */
    TwilioSettings requireComplete() {
        List<String> missing = new ArrayList<>();
        if (blank(accountSid)) {
            missing.add("keng.sms.twilio.account-sid (KENG_SMS_TWILIO_ACCOUNT_SID)");
        }
        if (blank(authToken)) {
            missing.add("keng.sms.twilio.auth-token (KENG_SMS_TWILIO_AUTH_TOKEN)");
        }
        if (blank(from) && blank(messagingServiceSid)) {
            missing.add("keng.sms.twilio.from or keng.sms.twilio.messaging-service-sid");
        }
        if (blank(publicUrl)) {
            missing.add("keng.sms.twilio.public-url (KENG_SMS_TWILIO_PUBLIC_URL)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The SMS provider 'twilio' is configured but lacks " + String.join(", ", missing));
        }
        return this;
    }

    String publicBase() {
        return strip(publicUrl);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    @Override
    public String toString() {
        return "TwilioSettings[accountSid=" + accountSid + ", authToken=" + (blank(authToken) ? "" : "****")
                + ", from=" + from + ", messagingServiceSid=" + messagingServiceSid + ", alarmFrom=" + alarmFrom
                + ", publicUrl=" + publicUrl + ", apiUrl=" + apiUrl + ", timeout=" + timeout + "]";
    }
}
