package vn.keng.sms;

/** The SMS providers, as named in {@code keng.sms.provider} and {@code keng.sms.routes}. */
enum ProviderKind {
    CONSOLE, TWILIO, ANDROID;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
