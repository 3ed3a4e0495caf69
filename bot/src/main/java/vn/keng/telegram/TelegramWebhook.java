package vn.keng.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /webhooks/telegram}: Telegram delivers updates here in webhook mode. Only requests
 * carrying the configured secret token are read. A bad update is answered 200 or 400, never 500
 * (Telegram would re-send it for a day); 503 only when the core could not store it, so that
 * Telegram delivers it again.
 */
@RestController
@ConditionalOnProperty(name = "keng.telegram.mode", havingValue = "webhook")
class TelegramWebhook {

    static final String PATH = "/webhooks/telegram";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    private final byte[] secret;
    private final UpdateJson json;
    private final TelegramInbound inbound;

    TelegramWebhook(TelegramSettings settings, UpdateJson json, TelegramInbound inbound) {
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.json = json;
        this.inbound = inbound;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String token,
            @RequestBody(required = false) String body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Telegram webhook call without the right secret token: refused");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Update update;
        try {
            update = json.read(body == null ? "" : body);
        } catch (IllegalArgumentException e) {
            log.warn("Telegram webhook body is not an update: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        try {
            inbound.handle(update);
            return ResponseEntity.ok().build();
        } catch (InboundUnavailable e) {
            log.error("Telegram update {} not stored, Telegram will deliver it again: {}", update.getUpdateId(), e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
    }
}
