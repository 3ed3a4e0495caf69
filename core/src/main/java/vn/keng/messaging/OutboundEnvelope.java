package vn.keng.messaging;

import java.time.Instant;
import java.util.List;

import vn.keng.registry.Language;

/**
 * One outbox row, ready for a channel: the text is already rendered for the channel (SMS: GSM-7
 * without diacritics unless the commune keeps Unicode, options written in as numbered replies;
 * Telegram: with diacritics, options as buttons).
 *
 * @param outboxId the outbox row's id
 * @param channel the channel to send on
 * @param address the recipient on that channel: an E.164 phone, a Telegram chat id, a person id
 * @param text the rendered text
 * @param options the options, for channels with buttons (empty for SMS)
 * @param attachments files to send with the text
 * @param priority the message's priority
 * @param attempt 1 for the first try
 * @param validUntil the latest moment it is still worth delivering (duty reminders), or null
 * @param inDoubtSince null for a message no earlier attempt may have delivered; otherwise the claim of
 *        the earliest attempt whose outcome is unknown (its instance died or stalled holding it, or the
 *        provider did not answer in time): the provider may already have the message. A
 *        {@link Reconciling} channel is asked first; any other channel marks the resend as such
 * @param language the recipient's language, for what a channel adds itself (the resend mark)
 * @param communeId the recipient's commune when the row was written (per-commune SMS routes), or null
 * @param via the provider to use first (a reply goes back the way its message came: {@code twilio},
 *        {@code android:viettel}), or null for the channel's own routing
 * @param queuedAt when the row was written (how long an alarm has waited so far), or null
 */
public record OutboundEnvelope(long outboxId, ChannelType channel, String address, String text,
        List<ReplyOption> options, List<Attachment> attachments, Priority priority, int attempt, Instant validUntil,
        Instant inDoubtSince, Language language, Long communeId, String via, Instant queuedAt) {

    public OutboundEnvelope {
        options = options == null ? List.of() : List.copyOf(options);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        language = language == null ? Language.VI : language;
    }

    /** A first send: nothing earlier may have reached the provider; no commune or provider preference. */
    public OutboundEnvelope(long outboxId, ChannelType channel, String address, String text, List<ReplyOption> options,
            List<Attachment> attachments, Priority priority, int attempt, Instant validUntil) {
        this(outboxId, channel, address, text, options, attachments, priority, attempt, validUntil, null, Language.VI,
                null, null, null);
    }

    /** A send that may repeat an earlier one ({@code inDoubtSince}), in the recipient's language. */
    public OutboundEnvelope(long outboxId, ChannelType channel, String address, String text, List<ReplyOption> options,
            List<Attachment> attachments, Priority priority, int attempt, Instant validUntil, Instant inDoubtSince,
            Language language) {
        this(outboxId, channel, address, text, options, attachments, priority, attempt, validUntil, inDoubtSince,
                language, null, null, null);
    }

    /** A first send with a commune and provider preference, its queueing time unknown. */
    public OutboundEnvelope(long outboxId, ChannelType channel, String address, String text, List<ReplyOption> options,
            List<Attachment> attachments, Priority priority, int attempt, Instant validUntil, Long communeId,
            String via) {
        this(outboxId, channel, address, text, options, attachments, priority, attempt, validUntil, null, Language.VI,
                communeId, via, null);
    }

    /** Whether an earlier attempt may already have delivered this message (a resend is a possible duplicate). */
    public boolean possibleDuplicate() {
        return inDoubtSince != null;
    }
}
