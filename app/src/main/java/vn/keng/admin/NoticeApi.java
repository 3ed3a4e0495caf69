package vn.keng.admin;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Templates;
import vn.keng.notice.NoticeStatus;
import vn.keng.notice.Notices;
import vn.keng.notice.VillageNotice;
import vn.keng.platform.ConflictException;
import vn.keng.platform.NotFoundException;
import vn.keng.registry.Language;

/**
 * Village notices: draft one (the answer tells the audience and the cost), then send or cancel it; list
 * a commune's notices. The same rules as "THONG BAO" in chat: length, an audience with somebody in it,
 * info priority, opt-outs and the quiet hours.
 */
@Tag(name = "Notices", description = "Village notices (thông báo) to villages or the whole commune")
@RestController
@RequestMapping("/api/v1/notices")
class NoticeApi {

    private final Notices notices;
    private final Templates templates;

    NoticeApi(Notices notices, Templates templates) {
        this.notices = notices;
        this.templates = templates;
    }

    @Operation(summary = "List a commune's notices", description = "Drafts, sent and cancelled notices, newest first.")
    @GetMapping
    List<NoticeView> list(@RequestParam Long communeId) {
        return notices.list(communeId).stream().map(n -> NoticeView.of(n, null, null)).toList();
    }

    @Operation(summary = "Draft a notice",
            description = "villageIds empty or absent: the whole commune. The answer is a DRAFT with its recipients and "
                    + "its SMS cost (SMS recipients × segments); nothing is sent before POST /{id}/send. A text over "
                    + "keng.notice.max-length (300) or an audience nobody in which can receive notices is refused (400).")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NoticeView draft(@RequestBody NewNotice body) {
        if (body.communeId() == null) {
            throw new IllegalArgumentException("communeId is required");
        }
        Notices.Draft draft = notices.draft(body.communeId(), null, body.senderName(),
                body.villageIds() == null ? List.of() : body.villageIds(), body.text());
        if (draft instanceof Notices.Draft.Refused refused) {
            throw new IllegalArgumentException(templates.render(refused.template(), Language.EN, ChannelType.SIMULATOR,
                    refused.params(), false));
        }
        return NoticeView.of(((Notices.Draft.Ready) draft).notice(), null, null);
    }

    @Operation(summary = "Send a drafted notice", description = "Once: a notice sent or cancelled already is a conflict (409).")
    @PostMapping("/{id}/send")
    NoticeView send(@PathVariable Long id) {
        Notices.Sent sent = notices.send(id).orElseThrow(() -> new ConflictException("Notice " + id + " is not a draft"));
        return NoticeView.of(sent.notice(), sent.queued(), sent.smsNotBefore());
    }

    @Operation(summary = "Cancel a drafted notice",
            description = "Nothing of it is sent; a notice sent or cancelled already is a conflict (409).")
    @PostMapping("/{id}/cancel")
    NoticeView cancel(@PathVariable Long id) {
        if (!notices.cancel(id)) {
            notices.find(id).orElseThrow(() -> new NotFoundException("Notice", id));
            throw new ConflictException("Notice " + id + " is not a draft");
        }
        return NoticeView.of(notices.find(id).orElseThrow(), null, null);
    }

    record NewNotice(Long communeId, List<Long> villageIds, String text, String senderName) {
    }

    /**
     * A notice; {@code queued} and {@code smsNotBefore} only in the answer to send (SMS held in the quiet hours).
     */
    record NoticeView(Long id, Long communeId, List<Long> villageIds, String audience, String senderName, String text,
            NoticeStatus status, int recipients, int smsRecipients, int smsSegments, int smsCost, Instant createdAt,
            Instant sentAt, Integer queued, Instant smsNotBefore) {

        static NoticeView of(VillageNotice n, Integer queued, Instant smsNotBefore) {
            return new NoticeView(n.getId(), n.getCommuneId(), n.villages(), n.getAudience(), n.getSenderName(),
                    n.getText(), n.getStatus(), n.getRecipients(), n.getSmsRecipients(), n.getSmsSegments(),
                    n.getSmsRecipients() * n.getSmsSegments(), n.getCreatedAt(), n.getSentAt(), queued, smsNotBefore);
        }
    }
}
