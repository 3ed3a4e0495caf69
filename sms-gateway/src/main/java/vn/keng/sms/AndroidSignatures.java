package vn.keng.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the webhook signature of "SMS Gateway for Android": {@code X-Signature} is the hex
 * HMAC-SHA256, keyed with the phone's signing key, of the raw body followed by the {@code X-Timestamp}
 * value (Unix seconds); a timestamp outside the tolerance is refused so a captured request cannot be replayed later.
 */
class AndroidSignatures {

    private final Duration tolerance;
    private final Clock clock;

    AndroidSignatures(Duration tolerance, Clock clock) {
        this.tolerance = tolerance;
        this.clock = clock;
    }

    boolean valid(String signingKey, String rawBody, String timestamp, String signature) {
        if (signature == null || timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
            return false;
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        if (Duration.between(at, clock.instant()).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(sign(signingKey, rawBody + timestamp.strip()))
                .getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase().getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sign(String signingKey, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
