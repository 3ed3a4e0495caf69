package vn.keng.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * A message from a person, as an adapter hands it to the core, whatever the channel.
 *
 * @param channel where it came from
 * @param providerMessageId the provider's id (Telegram update id, Twilio MessageSid...), unique per
 *        channel: the key for dropping duplicate deliveries
 * @param senderAddress who sent it: an E.164 phone for SMS, a Telegram user id, a simulator person id
 * @param chatAddress where replies go when it is not the sender's own address (a Telegram group
 *        chat), or null
 * @param text what the person typed, possibly empty (a location or a button tap has none)
 * @param location a shared location, or null
 * @param buttonData the data of a tapped button, or null
 * @param attachmentRef a provider reference to an attached file (Telegram photo file id), or null
 * @param receivedAt when the provider received it
 * @param via the provider (and device) it came through, for replies to go back the same way: an SMS
 *        provider's key such as {@code twilio} or {@code android:viettel}; null when the channel has one way only
 */
public record InboundMessage(ChannelType channel, String providerMessageId, String senderAddress, String chatAddress,
        String text, GeoLocation location, String buttonData, String attachmentRef, Instant receivedAt, String via) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        if (providerMessageId == null || providerMessageId.isBlank()) {
            throw new IllegalArgumentException("providerMessageId is required");
        }
        if (senderAddress == null || senderAddress.isBlank()) {
            throw new IllegalArgumentException("senderAddress is required");
        }
        text = text == null ? "" : text;
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
        via = via == null || via.isBlank() ? null : via;
    }

    /** A message of a channel with one way in and out (no provider to remember). */
    public InboundMessage(ChannelType channel, String providerMessageId, String senderAddress, String chatAddress,
            String text, GeoLocation location, String buttonData, String attachmentRef, Instant receivedAt) {
        this(channel, providerMessageId, senderAddress, chatAddress, text, location, buttonData, attachmentRef,
                receivedAt, null);
    }

    /** The same message, marked as having come through this provider. */
    public InboundMessage withVia(String provider) {
        return new InboundMessage(channel, providerMessageId, senderAddress, chatAddress, text, location, buttonData,
                attachmentRef, receivedAt, provider);
    }

    /** A plain text message, the common case for SMS. */
    public static InboundMessage text(ChannelType channel, String providerMessageId, String sender, String text,
            Instant receivedAt) {
        return new InboundMessage(channel, providerMessageId, sender, null, text, null, null, null, receivedAt);
    }
}
