package vn.keng.zalo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed links to the files of outbox rows ({@code sendPhoto} takes a URL Zalo fetches):
 * {@code <public-url>/webhooks/zalo/files/<outbox id>/<position>/<expires>/<signature>/<name>}, the
 * signature an HMAC-SHA256 of the row, the position and the expiry, keyed by a key derived from the
 * bot token (every instance serves every link; nothing is stored).
 */
@Component
@Conditional(ZaloEnabled.class)
class FileLinks {

    static final String PATH = "/webhooks/zalo/files";

    private final byte[] key;
    private final String base;
    private final Clock clock;

    FileLinks(ZaloSettings settings, Clock clock) {
        this.key = sha256("keng zalo file links\n" + settings.token());
        this.base = settings.publicBase();
        this.clock = clock;
    }

    /** The link to one file of an outbox row, valid for this long; empty without a public URL. */
    Optional<String> link(long outboxId, int position, String fileName, Duration validity) {
        if (base == null) {
            return Optional.empty();
        }
        long expires = clock.instant().plus(validity).getEpochSecond();
        return Optional.of(base + PATH + "/" + outboxId + "/" + position + "/" + expires + "/"
                + signature(outboxId, position, expires) + "/" + safeName(fileName));
    }

    /** Whether the signature is the one this service made for that file and expiry. */
    boolean signed(long outboxId, int position, long expires, String signature) {
        return signature != null && MessageDigest.isEqual(signature(outboxId, position, expires)
                .getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    boolean expired(long expires) {
        return clock.instant().getEpochSecond() >= expires;
    }

    private String signature(long outboxId, int position, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((outboxId + "/" + position + "/" + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._-]", "-");
        return name.isEmpty() || name.startsWith(".") ? "file" + name : name;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
