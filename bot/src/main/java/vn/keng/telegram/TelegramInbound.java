package vn.keng.telegram;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.InboundMessages.Receipt;
import vn.keng.registry.Language;

/**
 * Where every update goes, from the webhook and from long polling alike. Contacts, invite codes and
 * group-chat links are handled here; every other message and button tap is mapped and handed to
 * the core. Update kinds the service does not use are ignored.
 */
@Component
@Conditional(TelegramEnabled.class)
class TelegramInbound {

    private static final Logger log = LoggerFactory.getLogger(TelegramInbound.class);

    private final UpdateMapper mapper;
    private final InboundMessages inbound;
    private final Onboarding onboarding;
    private final GroupChats groupChats;
    private final DirectReplies replies;
    private final TelegramTexts texts;

    TelegramInbound(UpdateMapper mapper, InboundMessages inbound, Onboarding onboarding, GroupChats groupChats,
            DirectReplies replies, TelegramTexts texts) {
        this.mapper = mapper;
        this.inbound = inbound;
        this.onboarding = onboarding;
        this.groupChats = groupChats;
        this.replies = replies;
        this.texts = texts;
    }

    /**
     * Handles one update. Throws {@link InboundUnavailable} only when the core could not take it,
     * so the caller has Telegram deliver it again; any other problem is logged and the update dropped.
     */
    void handle(Update update) {
        try {
            if (update.getMessage() != null && update.getMessage().getFrom() != null) {
                onMessage(update, update.getMessage());
            } else if (update.getCallbackQuery() != null) {
                onCallback(update, update.getCallbackQuery());
            } else if (update.getMyChatMember() != null) {
                onMembership(update.getMyChatMember());
            } else {
                log.debug("Telegram update {} of a kind the service does not use: ignored", update.getUpdateId());
            }
        } catch (InboundUnavailable e) {
            throw e;
        } catch (DataAccessException | TransactionException e) {
            throw new InboundUnavailable(e); // the registry's database is down: have Telegram try again
        } catch (RuntimeException e) {
            log.warn("Telegram update {} could not be handled and is dropped: {}", update.getUpdateId(), e.toString());
        }
    }

    private void onMessage(Update update, Message message) {
        if (message.getContact() != null) {
            onboarding.contact(message);
            return;
        }
        String text = message.getText() == null ? "" : UpdateMapper.withoutBotName(message.getText().strip());
        boolean privateChat = message.getChat() != null && "private".equals(message.getChat().getType());
        if (text.startsWith("/start ") && privateChat) {
            onboarding.redeem(message, text.substring("/start ".length()).strip());
            return;
        }
        if (GroupChats.isLinkCommand(text)) {
            groupChats.link(message, text);
            return;
        }
        Receipt receipt = receive(update);
        if (receipt == Receipt.ACCEPTED && text.equals("/start") && privateChat) {
            onboarding.start(message);
        }
    }

    private void onCallback(Update update, CallbackQuery callback) {
        Language language = TelegramTexts.languageOf(callback.getFrom() == null ? null : callback.getFrom().getLanguageCode());
        replies.answerCallback(callback.getId(), texts.get(language, "telegram.callback.received"));
        if (callback.getMessage() != null && callback.getMessage().getDate() != null && callback.getMessage().getDate() != 0) {
            replies.removeButtons(callback.getMessage().getChatId(), callback.getMessage().getMessageId());
        }
        receive(update);
    }

    /** The bot's own membership changed; "kicked" in a private chat means the user blocked the bot. */
    private void onMembership(ChatMemberUpdated change) {
        String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
        if ("kicked".equals(status) && change.getChat() != null && "private".equals(change.getChat().getType())) {
            log.info("Telegram user {} blocked the bot; sends to them now fail permanently and fall back to SMS",
                    change.getChat().getId());
        } else {
            log.info("Bot membership in Telegram chat {} is now {}", change.getChat() == null ? null : change.getChat().getId(), status);
        }
    }

    private Receipt receive(Update update) {
        Optional<InboundMessage> message = mapper.map(update);
        if (message.isEmpty()) {
            return null;
        }
        try {
            return inbound.receive(message.get());
        } catch (RuntimeException e) {
            throw new InboundUnavailable(e);
        }
    }
}
