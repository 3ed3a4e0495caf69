package vn.keng.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The few Bot API calls the adapter makes itself while handling an update (answering a button tap,
 * removing the tapped buttons, onboarding texts with their reply keyboards). Best effort: a failure
 * is logged and never fails the update, which the core may already have stored.
 */
@Component
@Conditional(TelegramEnabled.class)
class DirectReplies {

    private static final Logger log = LoggerFactory.getLogger(DirectReplies.class);

    private final TelegramClient client;

    DirectReplies(TelegramClient client) {
        this.client = client;
    }

    void send(long chatId, String text, ReplyKeyboard keyboard) {
        call("sendMessage", () -> client.execute(SendMessage.builder().chatId(chatId).text(text).replyMarkup(keyboard).build()));
    }

    /** Stops the tapped button's spinner at once, with a short toast. */
    void answerCallback(String callbackQueryId, String toast) {
        call("answerCallbackQuery", () -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId)
                .text(toast).build()));
    }

    /** Removes the inline buttons of a message, so the same tap cannot count twice. */
    void removeButtons(long chatId, int messageId) {
        call("editMessageReplyMarkup", () -> client.execute(EditMessageReplyMarkup.builder().chatId(chatId)
                .messageId(messageId).build()));
    }

    private static void call(String method, ApiCall call) {
        try {
            call.run();
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Telegram {} failed: {}", method, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ApiCall {
        void run() throws TelegramApiException;
    }
}
