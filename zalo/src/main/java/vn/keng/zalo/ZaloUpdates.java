package vn.keng.zalo;

import java.time.Instant;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;

/**
 * Reads updates (a webhook body, one element of {@code getUpdates}) and maps a usable one to the
 * core's {@link InboundMessage}, the same way for both: the message id is the provider id (repeats
 * are dropped by the core), the sender is the Zalo user, the chat is named only when it is not the
 * sender's own (a group).
 */
final class ZaloUpdates {

    private ZaloUpdates() {
    }

    /**
     * An update from a webhook body: the update itself, or wrapped as {@code {"ok": true, "result": ...}}.
     *
     * @throws IllegalArgumentException when the body is not a JSON update
     */
    static ZaloUpdate parse(String body) {
        JsonNode root;
        try {
            root = ZaloBotApi.JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root != null && root.isObject() && root.path("ok").asBoolean(false) && root.path("result").isObject()) {
            root = root.path("result");
        }
        if (root == null || !root.isObject() || !(root.has("event_name") || root.has("message"))) {
            throw new IllegalArgumentException("not a Zalo update: a JSON object with event_name and message is expected");
        }
        return read(root);
    }

    /** @throws IllegalArgumentException when the JSON has the wrong shape for an update */
    static ZaloUpdate read(JsonNode node) {
        try {
            return ZaloBotApi.JSON.treeToValue(node, ZaloUpdate.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a Zalo update: " + e.getOriginalMessage());
        }
    }

    /** What the service can act on: a message with its id, sender and chat; empty for anything else. */
    static Optional<Incoming> incoming(ZaloUpdate update) {
        ZaloUpdate.Message m = update.message();
        if (m == null || blank(m.messageId()) || m.from() == null || blank(m.from().id()) || m.chat() == null
                || blank(m.chat().id())) {
            return Optional.empty();
        }
        return Optional.of(new Incoming(update.eventName() == null ? "" : update.eventName(), m));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A usable message and its event. */
    record Incoming(String event, ZaloUpdate.Message message) {

        String sender() {
            return message.from().id();
        }

        String chat() {
            return message.chat().id();
        }

        boolean privateChat() {
            return !message.chat().isGroup();
        }

        boolean isText() {
            return ZaloUpdate.TEXT.equals(event) || (event.isEmpty() && message.text() != null);
        }

        boolean isImage() {
            return ZaloUpdate.IMAGE.equals(event);
        }

        /** What the person typed: the text, or a picture's caption. */
        String text() {
            String text = isImage() ? message.caption() : message.text();
            return text == null ? "" : text.strip();
        }

        /** The message for the core, with {@code text} as what was typed. */
        InboundMessage toInbound(String text) {
            String chat = privateChat() && chat().equals(sender()) ? null : chat();
            Instant at = message.date() == null || message.date() <= 0 ? null : Instant.ofEpochMilli(message.date());
            String picture = isImage() ? message.photo() : null;
            return new InboundMessage(ChannelType.ZALO, message.messageId(), sender(), chat, text, null, null, picture, at);
        }

        InboundMessage toInbound() {
            return toInbound(text());
        }
    }
}
