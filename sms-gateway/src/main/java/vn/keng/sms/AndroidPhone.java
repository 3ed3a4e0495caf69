package vn.keng.sms;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One Android phone running "SMS Gateway for Android", as configured. Its API is the phone itself
 * ({@code http://PHONE-IP:8080}, local server: {@code POST /message}) or the vendor's cloud or a private
 * server ({@code .../3rdparty/v1}: {@code POST /messages}, the old {@code /message} being removed after
 * 2025-12-31); webhooks are {@code /webhooks} on either.
 */
record AndroidPhone(String name, String base, String username, String password, String signingKey, String deviceId,
        Set<VietnameseCarrier> carriers, Set<Long> communes, Duration sendInterval) {

    private static final String CLOUD_SUFFIX = "/3rdparty/v1";

    AndroidPhone(String name, String base, String username, String password, String signingKey, String deviceId,
            List<VietnameseCarrier> carriers, List<Long> communes, Duration sendInterval) {
        this(name, base, username, password, signingKey, deviceId,
                carriers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(carriers)), Set.copyOf(communes),
                sendInterval);
    }

    /** The cloud or a private server (the path ends in /3rdparty/v1), not the phone's own local server. */
    boolean cloud() {
        return base.toLowerCase(Locale.ROOT).endsWith(CLOUD_SUFFIX);
    }

    URI sendUri() {
        return URI.create(base + (cloud() ? "/messages" : "/message"));
    }

    URI webhooksUri() {
        return URI.create(base + "/webhooks");
    }

    /** Where this phone's webhooks arrive: {@code /webhooks/sms/android} for the default phone, else {@code .../<name>}. */
    String webhookPath() {
        return name.equals(AndroidSettings.DEFAULT_PHONE) ? AndroidWebhook.PATH : AndroidWebhook.PATH + "/" + name;
    }

    /** The id this service registers a webhook under (at most 36 characters, stable across restarts). */
    String webhookId(String event) {
        String code = switch (event) {
            case "sms:received" -> "rcv";
            case "sms:sent" -> "snt";
            case "sms:delivered" -> "dlv";
            case "sms:failed" -> "fail";
            case "system:ping" -> "ping";
            default -> throw new IllegalArgumentException(event);
        };
        return "keng-" + name + "-" + code;
    }

    /** The provider key written on messages that came in through this phone ({@code android:viettel}). */
    String via() {
        return ProviderKind.ANDROID.key() + ":" + name;
    }

    boolean serves(Long communeId) {
        return communes.isEmpty() || (communeId != null && communes.contains(communeId));
    }

    /** Phones of one cloud account must each name their device, or a webhook could not tell them apart. */
    static void requireDevicesWhereShared(List<AndroidPhone> phones, List<String> problems) {
        for (AndroidPhone phone : phones) {
            boolean shared = phones.stream().filter(p -> p != phone).anyMatch(p -> p.base().equalsIgnoreCase(phone.base())
                    && p.username() != null && p.username().equals(phone.username()));
            if (shared && phone.deviceId() == null) {
                String key = phone.name().equals(AndroidSettings.DEFAULT_PHONE) ? "keng.sms.android.device-id"
                        : "keng.sms.android.phones." + phone.name() + ".device-id";
                problems.add(key + " (" + AndroidSettings.environment(key) + "): several phones share "
                        + phone.base() + " and this account");
            }
        }
    }

    @Override
    public String toString() {
        return "AndroidPhone[" + name + ", " + base + ", device " + deviceId + ", carriers " + carriers + ", communes "
                + communes + ", every " + sendInterval + "]";
    }
}
