package vn.keng.telegram;

import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import vn.keng.registry.Language;
import vn.keng.registry.TelegramLinks;

/**
 * {@code /lienket <group id>} sent in a group chat by the fire-safety group's leader or deputy, or
 * a commune official: links that chat to the group, so its alarms are posted there too.
 */
@Component
@Conditional(TelegramEnabled.class)
class GroupChats {

    static final String COMMAND = "/lienket";

    private final TelegramLinks links;
    private final DirectReplies replies;
    private final TelegramTexts texts;

    GroupChats(TelegramLinks links, DirectReplies replies, TelegramTexts texts) {
        this.links = links;
        this.replies = replies;
        this.texts = texts;
    }

    static boolean isLinkCommand(String text) {
        return text != null && (text.equals(COMMAND) || text.startsWith(COMMAND + " "));
    }

    void link(Message message, String text) {
        Language language = TelegramTexts.languageOf(message.getFrom().getLanguageCode());
        String argument = text.substring(COMMAND.length()).strip();
        boolean inGroup = message.getChat() != null && !"private".equals(message.getChat().getType());
        if (!inGroup || !argument.matches("\\d{1,18}")) {
            replies.send(message.getChatId(), texts.get(language, "telegram.group.usage"), null);
            return;
        }
        long groupId = Long.parseLong(argument);
        String key = switch (links.linkGroupChat(message.getFrom().getId(), groupId, message.getChatId())) {
            case LINKED -> "telegram.group.linked";
            case UNKNOWN_GROUP -> "telegram.group.unknown";
            case NOT_ALLOWED -> "telegram.group.not-allowed";
        };
        replies.send(message.getChatId(), texts.get(language, key, Map.of("group", groupId)), null);
    }
}
