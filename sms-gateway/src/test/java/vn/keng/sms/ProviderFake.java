package vn.keng.sms;

/** A provider with its HTTP-level fake, for the contract every provider passes. */
interface ProviderFake {

    SmsProvider provider();

    /** Whether the fake can stage this answer (the console provider has no remote side to fail). */
    boolean stages(ProviderAnswer answer);

    void stage(ProviderAnswer answer);

    /** Asserts the provider's API received this SMS as the provider documents it. */
    void assertDelivered(OutgoingSms sms, String providerId);

    /** The answers a provider's remote side can give. */
    enum ProviderAnswer {
        ACCEPTED, RATE_LIMITED, SERVER_ERROR, AUTH_REJECTED, RECIPIENT_REFUSED, HANGS
    }
}
