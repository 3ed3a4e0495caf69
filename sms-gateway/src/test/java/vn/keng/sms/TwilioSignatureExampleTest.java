package vn.keng.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.twilio.security.RequestValidator;

/** Twilio's own documented signature example (shared/fixtures/README.md) reproduced. */
class TwilioSignatureExampleTest {

    private static final Map<String, String> PARAMS = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675309",
            "Digits", "1234", "From", "+14158675309", "To", "+18005551212");

    @Test
    void theSdkValidatorAcceptsTheDocumentedSignature() {
        assertThat(new RequestValidator("12345").validate("https://mycompany.com/myapp.php?foo=1&bar=2", PARAMS,
                "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
    }

    @Test
    void ourSignaturesCheckAcceptsItAtThePublicUrlAndNothingElse() {
        TwilioSignatures signatures = new TwilioSignatures(new RequestValidator("12345"), "https://mycompany.com");
        assertThat(signatures.valid("/myapp.php", "foo=1&bar=2", PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
        assertThat(signatures.valid("/myapp.php", "foo=1&bar=3", PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
        assertThat(signatures.valid("/myapp.php", "foo=1&bar=2", PARAMS, null)).isFalse();
    }

    @Test
    void theTestsOwnSigningAlgorithmMatchesTheDocumentedExample() throws Exception {
        // TwilioWebhookTest signs with this algorithm; it must agree with Twilio's published example
        var mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec("12345".getBytes(), "HmacSHA1"));
        StringBuilder data = new StringBuilder("https://mycompany.com/myapp.php?foo=1&bar=2");
        new java.util.TreeMap<>(PARAMS).forEach((k, v) -> data.append(k).append(v));
        assertThat(java.util.Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes())))
                .isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }
}
