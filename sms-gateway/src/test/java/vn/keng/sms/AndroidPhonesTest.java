package vn.keng.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.keng.registry.PhoneNumber;

/** Which phone carries an SMS, and how the phones' settings are read and checked. */
class AndroidPhonesTest {

    private static final PhoneNumber VIETTEL_NUMBER = PhoneNumber.parse("0961234567");
    private static final PhoneNumber MOBIFONE_NUMBER = PhoneNumber.parse("0901234567");
    private static final PhoneNumber VINAPHONE_NUMBER = PhoneNumber.parse("0912345678");

    @Test
    void aNumberGoesToThePhoneOfItsNetworkElseToThePhoneNamingNone() {
        AndroidPhones phones = phones(Map.of(
                "viettel", phone("http://10.0.0.2:8080", List.of(VietnameseCarrier.VIETTEL), List.of()),
                "mobifone", phone("http://10.0.0.3:8080", List.of(VietnameseCarrier.MOBIFONE), List.of())));

        assertThat(names(phones.candidates(VIETTEL_NUMBER, null, null))).containsExactly("viettel", "default", "mobifone");
        assertThat(names(phones.candidates(MOBIFONE_NUMBER, null, null))).containsExactly("mobifone", "default", "viettel");
        assertThat(names(phones.candidates(VINAPHONE_NUMBER, null, null))).containsExactly("default", "mobifone", "viettel");
    }

    @Test
    void aReplyGoesFirstThroughThePhoneItsMessageCameInOn() {
        AndroidPhones phones = phones(Map.of(
                "viettel", phone("http://10.0.0.2:8080", List.of(VietnameseCarrier.VIETTEL), List.of())));

        assertThat(names(phones.candidates(VIETTEL_NUMBER, null, "android:default"))).containsExactly("default", "viettel");
        assertThat(names(phones.candidates(VIETTEL_NUMBER, null, "android:nosuchphone"))).containsExactly("viettel", "default");
        assertThat(names(phones.candidates(VIETTEL_NUMBER, null, "twilio"))).containsExactly("viettel", "default");
    }

    @Test
    void aCommunesOwnPhonesComeFirstAndServeNoOtherCommune() {
        AndroidPhones phones = phones(Map.of(
                "dongthinh", phone("http://10.0.0.5:8080", List.of(), List.of(7L)),
                "viettel", phone("http://10.0.0.2:8080", List.of(VietnameseCarrier.VIETTEL), List.of())));

        assertThat(names(phones.candidates(VIETTEL_NUMBER, 7L, null))).containsExactly("dongthinh", "viettel", "default");
        assertThat(names(phones.candidates(VIETTEL_NUMBER, 8L, null))).containsExactly("viettel", "default");
        assertThat(names(phones.candidates(VIETTEL_NUMBER, null, null))).containsExactly("viettel", "default");
    }

    @Test
    void namedPhonesTakeTheTopLevelsAccountAndTheCloudPathIsMessages() {
        AndroidSettings settings = settings("https://api.sms-gate.app/3rdparty/v1/", Map.of(
                "viettel", new AndroidPhoneSettings(null, null, null, null, "dev-viettel", List.of(), List.of(), null)),
                "dev-main");
        List<AndroidPhone> phones = settings.requirePhones();

        assertThat(phones).extracting(AndroidPhone::name).containsExactly("default", "viettel");
        AndroidPhone viettel = phones.get(1);
        assertThat(viettel.username()).isEqualTo("sms");
        assertThat(viettel.signingKey()).isEqualTo("key");
        assertThat(viettel.cloud()).isTrue();
        assertThat(viettel.sendUri()).hasToString("https://api.sms-gate.app/3rdparty/v1/messages");
        assertThat(viettel.webhooksUri()).hasToString("https://api.sms-gate.app/3rdparty/v1/webhooks");
        assertThat(viettel.webhookPath()).isEqualTo("/webhooks/sms/android/viettel");
        assertThat(viettel.webhookId("sms:received")).isEqualTo("keng-viettel-rcv").hasSizeLessThanOrEqualTo(36);

        AndroidPhone local = settings("http://192.168.1.20:8080", Map.of(), null).requirePhones().get(0);
        assertThat(local.cloud()).isFalse();
        assertThat(local.sendUri()).hasToString("http://192.168.1.20:8080/message");
        assertThat(local.webhookPath()).isEqualTo("/webhooks/sms/android");
    }

    @Test
    void startupNamesEveryMissingOrWrongPhoneSetting() {
        AndroidSettings settings = new AndroidSettings(null, null, null, null, null, null, null, Duration.ofSeconds(2),
                Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofSeconds(30), null,
                Duration.ofHours(1), Duration.ofSeconds(20), new TreeMap<>(Map.of(
                        "Viettel-1", new AndroidPhoneSettings("http://10.0.0.2:8080", "u", "p", "k", null, null, null, null),
                        "mobifone", new AndroidPhoneSettings(null, "u", null, "k", null, null, null, null))));
        assertThatThrownBy(settings::requirePhones).hasMessageContaining("'android'")
                .hasMessageContaining("keng.sms.android.phones.Viettel-1: a phone's name")
                .hasMessageContaining("keng.sms.android.phones.mobifone.url (KENG_SMS_ANDROID_PHONES_MOBIFONE_URL)")
                .hasMessageContaining("keng.sms.android.phones.mobifone.password")
                .hasMessageNotContaining("keng.sms.android.url");
    }

    @Test
    void phonesSharingOneCloudAccountMustEachNameTheirDevice() {
        AndroidSettings settings = settings("https://api.sms-gate.app/3rdparty/v1", Map.of(
                "viettel", new AndroidPhoneSettings(null, null, null, null, null, List.of(), List.of(), null)), "dev-main");
        assertThatThrownBy(settings::requirePhones).hasMessageContaining("keng.sms.android.phones.viettel.device-id")
                .hasMessageNotContaining("keng.sms.android.device-id (");
    }

    private static AndroidPhones phones(Map<String, AndroidPhoneSettings> named) {
        return new AndroidPhones(settings("http://10.0.0.1:8080", named, null).requirePhones());
    }

    private static AndroidPhoneSettings phone(String url, List<VietnameseCarrier> carriers, List<Long> communes) {
        return new AndroidPhoneSettings(url, null, null, null, null, carriers, communes, null);
    }

    private static AndroidSettings settings(String url, Map<String, AndroidPhoneSettings> named, String deviceId) {
        return new AndroidSettings(url, "sms", "pass", "key", deviceId, List.of(), List.of(), Duration.ofSeconds(2),
                Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofSeconds(30), null,
                Duration.ofHours(1), Duration.ofSeconds(20), named);
    }

    private static List<String> names(List<AndroidPhone> phones) {
        return phones.stream().map(AndroidPhone::name).toList();
    }
}
