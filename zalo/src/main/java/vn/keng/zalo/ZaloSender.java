package vn.keng.zalo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import vn.keng.messaging.Attachment;
import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.SendOutcome;
import vn.keng.messaging.Templates;

/**
 * Sends outbox rows on Zalo: the text (its options already written in as numbered replies, split at
 * line breaks past 2,000 characters), then each picture by {@code sendPhoto} with a short-lived signed
 * link Zalo fetches, then one message with signed links to the other files. Calls to one chat are
 * spaced by {@code rate-per-chat-per-second}; the dispatcher keeps both rates in Redis. Every failure
 * becomes a {@link SendOutcome} through {@link ZaloErrors}; none escapes. A message an earlier attempt
 * may already have delivered ({@link OutboundEnvelope#possibleDuplicate()}: Zalo cannot be asked)
 * ends with "(tin gửi lại)" / "(resent)" in the recipient's language ({@code zalo.resent}).
 */
@Component
@Conditional(ZaloEnabled.class)
class ZaloSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(ZaloSender.class);

    private final ZaloBotApi api;
    private final FileLinks files;
    private final ZaloSettings settings;
    private final Templates templates;

    ZaloSender(ZaloBotApi api, FileLinks files, ZaloSettings settings, Templates templates) {
        this.api = api;
        this.files = files;
        this.settings = settings;
        this.templates = templates;
    }

    @Override
    public ChannelType channel() {
        return ChannelType.ZALO;
    }

    @Override
    public double ratePerSecond() {
        return settings.ratePerSecond();
    }

    @Override
    public double ratePerAddressPerSecond() {
        return settings.ratePerChatPerSecond();
    }

    @Override
    public SendOutcome send(OutboundEnvelope envelope) {
        String chat = envelope.address();
        if (chat == null || !chat.matches("[A-Za-z0-9._-]{1,64}")) {
            return SendOutcome.permanent("not a Zalo chat id: " + chat);
        }
        List<Call> calls = calls(envelope);
        if (calls.isEmpty()) {
            return SendOutcome.permanent("nothing to send");
        }
        try {
            String last = null;
            for (int i = 0; i < calls.size(); i++) {
                if (i > 0 && !spaceOut()) {
                    return SendOutcome.retryLater(Duration.ZERO, "interrupted after " + i + " of " + calls.size() + " parts");
                }
                String id = calls.get(i).send(api, chat);
                last = id != null ? id : last;
            }
            return SendOutcome.sent(last, 1);
        } catch (ZaloApiException e) {
            return ZaloErrors.outcome(e);
        } catch (RuntimeException e) {
            log.warn("Zalo send of outbox row {} failed unexpectedly: {}", envelope.outboxId(), e.toString());
            return SendOutcome.retryLater(Duration.ZERO, "unexpected error: " + e.getClass().getSimpleName());
        }
    }

    /** The Bot API calls of one row: the text parts, the pictures, one message of links to other files. */
    private List<Call> calls(OutboundEnvelope envelope) {
        List<Call> calls = new ArrayList<>();
        TextSplitter.split(text(envelope)).forEach(part -> calls.add((api, chat) -> api.sendMessage(chat, part)));
        StringBuilder documents = new StringBuilder();
        List<Attachment> attachments = envelope.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            Attachment file = attachments.get(position);
            Duration validity = file.isImage() ? settings.photoLinkValidity() : settings.documentLinkValidity();
            var link = files.link(envelope.outboxId(), position, file.fileName(), validity);
            if (link.isEmpty()) {
                log.warn("Outbox row {}: {} not sent on Zalo, keng.zalo.public-url is not set", envelope.outboxId(),
                        file.fileName());
            } else if (file.isImage()) {
                String url = link.get();
                calls.add((api, chat) -> api.sendPhoto(chat, url, null));
            } else {
                documents.append(documents.isEmpty() ? "" : "\n").append("📎 ").append(file.fileName()).append(": ")
                        .append(link.get());
            }
        }
        if (!documents.isEmpty()) {
            TextSplitter.split(documents.toString()).forEach(part -> calls.add((api, chat) -> api.sendMessage(chat, part)));
        }
        return calls;
    }

    /** The text to send: a possible duplicate ends with the resend mark (files without text get none). */
    private String text(OutboundEnvelope envelope) {
        String text = envelope.text() == null ? "" : envelope.text();
        if (!envelope.possibleDuplicate() || text.isBlank()) {
            return text;
        }
        return text.stripTrailing() + "\n" + templates.raw("zalo.resent", envelope.language(), false);
    }

    /** Waits between two calls to the same chat, as its rate allows; false when interrupted. */
    private boolean spaceOut() {
        try {
            Thread.sleep((long) Math.ceil(1000 / settings.ratePerChatPerSecond()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One Bot API call; the message id Zalo gave. */
    @FunctionalInterface
    private interface Call {
        String send(ZaloBotApi api, String chat);
    }
}
