package vn.keng.zalo;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Zalo updates as the platform posts them, for tests: a text in a private chat or a group, a sticker. */
final class Updates {

    private Updates() {
    }

    static String text(String messageId, String user, String text) {
        return message("message.text.received", messageId, user, user, "PRIVATE", Map.of("text", text));
    }

    static String groupText(String messageId, String user, String group, String text) {
        return message("message.text.received", messageId, user, group, "GROUP", Map.of("text", text));
    }

    static String sticker(String messageId, String user) {
        return message("message.sticker.received", messageId, user, user, "PRIVATE", Map.of("sticker", "0e078a2fb66a5f34067b"));
    }

    static String message(String event, String messageId, String user, String chat, String chatType, Map<String, ?> content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis());
        message.put("chat", Map.of("id", chat, "chat_type", chatType));
        message.put("from", Map.of("id", user, "display_name", "Nguyễn Văn An", "is_bot", false));
        message.putAll(content);
        return JsonMapper.shared().writeValueAsString(Map.of("event_name", event, "message", message));
    }
}
