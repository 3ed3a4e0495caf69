package vn.keng.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Android SIM gateway ("SMS Gateway for Android") under {@code keng.sms.android}.
 *
 * @param url the gateway API base: {@code http://PHONE-IP:8080} (local server) or
 *        {@code https://api.sms-gate.app/3rdparty/v1} (cloud server)
 * @param username the API user shown in the app
 * @param password the API password shown in the app
 * @param signingKey the app's webhook signing key (Settings, Webhooks, Signing Key)
 * @param sendInterval the pause between two sends: a phone sends about one SMS per 2 s safely
 * @param timeout connect and read time-out of one API call
 * @param signatureTolerance how far a webhook's X-Timestamp may be from now (replay window)
 */
record AndroidSettings(String url, String username, String password, String signingKey,
        @DefaultValue("PT2S") Duration sendInterval, @DefaultValue("PT15S") Duration timeout,
        @DefaultValue("PT5M") Duration signatureTolerance) {

    AndroidSettings requireComplete() {
        List<String> missing = new ArrayList<>();
        if (TwilioSettings.blank(url)) {
            missing.add("keng.sms.android.url (KENG_SMS_ANDROID_URL)");
        }
        if (TwilioSettings.blank(username)) {
            missing.add("keng.sms.android.username (KENG_SMS_ANDROID_USERNAME)");
        }
        if (TwilioSettings.blank(password)) {
            missing.add("keng.sms.android.password (KENG_SMS_ANDROID_PASSWORD)");
        }
        if (TwilioSettings.blank(signingKey)) {
            missing.add("keng.sms.android.signing-key (KENG_SMS_ANDROID_SIGNING_KEY)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The SMS provider 'android' is configured but lacks " + String.join(", ", missing));
        }
        return this;
    }

    String base() {
        return TwilioSettings.strip(url);
    }

    @Override
    public String toString() {
        return "AndroidSettings[url=" + url + ", username=" + username + ", password="
                + (TwilioSettings.blank(password) ? "" : "****") + ", signingKey="
                + (TwilioSettings.blank(signingKey) ? "" : "****") + ", sendInterval=" + sendInterval
                + ", timeout=" + timeout + ", signatureTolerance=" + signatureTolerance + "]";
    }
}
