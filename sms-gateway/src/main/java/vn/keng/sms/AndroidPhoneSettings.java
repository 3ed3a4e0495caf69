package vn.keng.sms;

import java.time.Duration;
import java.util.List;

/**
 * One named phone under {@code keng.sms.android.phones.<name>}; a blank url, username, password or
 * signing key is taken from {@code keng.sms.android} (one cloud account, several devices).
 *
 * @param carriers the networks whose numbers this phone sends to first (a SIM of that network)
 * @param communes the communes it serves (empty: every commune)
 * @param sendInterval its own pause between sends, or null for the top level's
 */
record AndroidPhoneSettings(String url, String username, String password, String signingKey, String deviceId,
        List<VietnameseCarrier> carriers, List<Long> communes, Duration sendInterval) {

    AndroidPhoneSettings {
        carriers = carriers == null ? List.of() : List.copyOf(carriers);
        communes = communes == null ? List.of() : List.copyOf(communes);
    }

    @Override
    public String toString() {
        return "AndroidPhoneSettings[url=" + url + ", username=" + username + ", password="
                + (TwilioSettings.blank(password) ? "" : "****") + ", signingKey="
                + (TwilioSettings.blank(signingKey) ? "" : "****") + ", deviceId=" + deviceId + ", carriers=" + carriers
                + ", communes=" + communes + ", sendInterval=" + sendInterval + "]";
    }
}
