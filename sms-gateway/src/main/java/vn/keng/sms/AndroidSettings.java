package vn.keng.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Android SIM gateways ("SMS Gateway for Android") under {@code keng.sms.android}: the
 * phone given at the top level (named {@code default}) and any number of named phones under
 * {@code phones.<name>}, which take the top level's url, credentials and signing key where they give none.
 *
 * @param url the gateway API base: {@code http://PHONE-IP:8080} (local server) or
 *        {@code https://api.sms-gate.app/3rdparty/v1} (cloud server; a private server's {@code .../3rdparty/v1})
 * @param username the API user shown in the app
 * @param password the API password shown in the app
 * @param signingKey the app's webhook signing key (Settings, Webhooks, Signing Key)
 * @param deviceId the device to send through, in cloud mode with several devices on one account
 * @param carriers the networks this phone's SIM serves best (empty: any)
 * @param communes the communes this phone serves (empty: every commune)
 * @param sendInterval the pause between two sends of one phone, all instances together (about 2 s is safe)
 * @param timeout connect and read time-out of one API call
 * @param signatureTolerance how far a webhook's X-Timestamp may be from now (replay window)
 * @param pingTimeout a phone silent this long (no system:ping nor any other webhook) counts as down; 0: never
 * @param watchInterval how often silence is checked (and officials told)
 * @param publicUrl the service's base URL as the phone reaches it: the webhooks are registered there;
 *        empty: the service registers nothing (register them by hand)
 * @param webhookCheck how often the webhook registrations are checked again
 * @param alarmMaxWait how long an alarm waits for its phone's turn before it goes to the next provider
 *        of its route (when there is one)
 * @param phones further phones by name (lower-case letters and digits, at most 20)
 */
record AndroidSettings(String url, String username, String password, String signingKey, String deviceId,
        List<VietnameseCarrier> carriers, List<Long> communes,
        @DefaultValue("PT2S") Duration sendInterval, @DefaultValue("PT15S") Duration timeout,
        @DefaultValue("PT5M") Duration signatureTolerance, @DefaultValue("PT15M") Duration pingTimeout,
        @DefaultValue("PT30S") Duration watchInterval, String publicUrl, @DefaultValue("PT1H") Duration webhookCheck,
        @DefaultValue("PT20S") Duration alarmMaxWait, Map<String, AndroidPhoneSettings> phones) {

    static final String DEFAULT_PHONE = "default";

    AndroidSettings {
        carriers = carriers == null ? List.of() : List.copyOf(carriers);
        communes = communes == null ? List.of() : List.copyOf(communes);
        phones = phones == null ? Map.of() : new TreeMap<>(phones);
    }

    /** One phone at the top level, the common case (and the tests'). */
    static AndroidSettings single(String url, String username, String password, String signingKey,
            Duration sendInterval, Duration timeout) {
        return new AndroidSettings(url, username, password, signingKey, null, List.of(), List.of(), sendInterval,
                timeout, Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofSeconds(30), null,
                Duration.ofHours(1), Duration.ofSeconds(20), Map.of());
    }

    /** The phones, checked: every missing or wrong setting is named, with its environment variable. */
    List<AndroidPhone> requirePhones() {
        List<String> problems = new ArrayList<>();
        List<AndroidPhone> resolved = new ArrayList<>();
        if (!TwilioSettings.blank(url) || phones.isEmpty()) {
            resolved.add(phone(DEFAULT_PHONE, "keng.sms.android", null, problems));
        }
        phones.forEach((name, phone) -> {
            if (!name.matches("[a-z0-9]{1,20}") || name.equals(DEFAULT_PHONE)) {
                problems.add("keng.sms.android.phones." + name + ": a phone's name is 1-20 lower-case letters or digits "
                        + "(it is part of environment variables and URLs), and not '" + DEFAULT_PHONE + "'");
                return;
            }
            resolved.add(phone(name, "keng.sms.android.phones." + name, phone == null
                    ? new AndroidPhoneSettings(null, null, null, null, null, null, null, null) : phone, problems));
        });
        AndroidPhone.requireDevicesWhereShared(resolved, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The SMS provider 'android' is configured but lacks or misreads "
                    + String.join(", ", problems));
        }
        return List.copyOf(resolved);
    }

    private AndroidPhone phone(String name, String prefix, AndroidPhoneSettings own, List<String> problems) {
        String u = pick(own == null ? null : own.url(), url);
        String user = pick(own == null ? null : own.username(), username);
        String pass = pick(own == null ? null : own.password(), password);
        String key = pick(own == null ? null : own.signingKey(), signingKey);
        require(u, prefix + ".url", problems);
        require(user, prefix + ".username", problems);
        require(pass, prefix + ".password", problems);
        require(key, prefix + ".signing-key", problems);
        Duration interval = own != null && own.sendInterval() != null ? own.sendInterval() : sendInterval;
        return new AndroidPhone(name, u == null ? "" : TwilioSettings.strip(u), user, pass, key,
                own == null ? blankToNull(deviceId) : blankToNull(own.deviceId()),
                own == null ? carriers : own.carriers(), own == null ? communes : own.communes(), interval);
    }

    private static void require(String value, String key, List<String> problems) {
        if (TwilioSettings.blank(value)) {
            problems.add(key + " (" + environment(key) + ")");
        }
    }

    /** The environment variable of a key, as Spring Boot's relaxed binding reads it. */
    static String environment(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", "");
    }

    private static String pick(String own, String inherited) {
        return TwilioSettings.blank(own) ? inherited : own;
    }

    private static String blankToNull(String s) {
        return TwilioSettings.blank(s) ? null : s.strip();
    }

    String publicBase() {
        return TwilioSettings.blank(publicUrl) ? null : TwilioSettings.strip(publicUrl);
    }

    @Override
    public String toString() {
        return "AndroidSettings[url=" + url + ", username=" + username + ", password="
                + (TwilioSettings.blank(password) ? "" : "****") + ", signingKey="
                + (TwilioSettings.blank(signingKey) ? "" : "****") + ", deviceId=" + deviceId + ", carriers=" + carriers
                + ", communes=" + communes + ", sendInterval=" + sendInterval + ", timeout=" + timeout
                + ", signatureTolerance=" + signatureTolerance + ", pingTimeout=" + pingTimeout + ", watchInterval="
                + watchInterval + ", publicUrl=" + publicUrl + ", webhookCheck=" + webhookCheck + ", alarmMaxWait="
                + alarmMaxWait + ", phones=" + phones + "]";
    }
}
