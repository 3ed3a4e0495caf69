package vn.keng.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/zalo}: Zalo delivers updates here in webhook mode. Only requests carrying
 * the configured secret in {@code X-Bot-Api-Secret-Token} are read (403 otherwise). A body that is
 * not an update is answered 400 with a problem; an update the service cannot use is answered 200
 * and logged, never 500; 503 only when the core could not store it, so that Zalo delivers it again.
 */
@RestController
@ConditionalOnProperty(name = "keng.zalo.mode", havingValue = "webhook")
class ZaloWebhook {

    static final String PATH = "/webhooks/zalo";
    static final String SECRET_HEADER = "X-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);

    private final byte[] secret;
    private final ZaloInbound inbound;

    ZaloWebhook(ZaloSettings settings, ZaloInbound inbound) {
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.inbound = inbound;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(@RequestHeader(name = SECRET_HEADER, required = false) String token,
            @RequestBody(required = false) String body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Zalo webhook call without the right secret token: refused");
            return problem(HttpStatus.FORBIDDEN, "Forbidden", "missing or wrong " + SECRET_HEADER);
        }
        ZaloUpdate update;
        try {
            update = ZaloUpdates.parse(body);
        } catch (IllegalArgumentException e) {
            log.warn("Zalo webhook body is not an update: {}", e.getMessage());
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        }
        try {
            inbound.handle(update);
            return ResponseEntity.ok().build();
        } catch (InboundUnavailable e) {
            log.error("Zalo update not stored, Zalo will have to deliver it again: {}", e.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Unavailable", "the update could not be stored; deliver it again");
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
