package vn.keng.zalo;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.keng.messaging.Attachment;
import vn.keng.messaging.OutboxQueries;

/**
 * Serves the files behind {@link FileLinks}: Zalo fetches a picture sent with {@code sendPhoto}, an
 * official opens a report's document. Only a link this service signed and that has not expired is
 * served (403, 410 otherwise); the file is read from the outbox row it was queued with.
 */
@RestController
@Conditional(ZaloEnabled.class)
class ZaloFiles {

    private final FileLinks links;
    private final OutboxQueries outbox;

    ZaloFiles(FileLinks links, OutboxQueries outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    @GetMapping(FileLinks.PATH + "/{outboxId}/{position}/{expires}/{signature}/{name}")
    ResponseEntity<byte[]> file(@PathVariable long outboxId, @PathVariable int position, @PathVariable long expires,
            @PathVariable String signature, @PathVariable String name) {
        if (!links.signed(outboxId, position, expires, signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (links.expired(expires)) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        }
        return outbox.attachment(outboxId, position)
                .map(file -> ResponseEntity.ok().contentType(type(file)).cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", "inline; filename=\"" + FileLinks.safeName(file.fileName()) + "\"")
                        .body(file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static MediaType type(Attachment file) {
        try {
            return file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.contentType());
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
