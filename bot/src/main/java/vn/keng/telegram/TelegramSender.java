package vn.keng.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.keng.messaging.Attachment;
import vn.keng.messaging.ChannelSender;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.ReplyOption;
import vn.keng.messaging.SendOutcome;

/**
 * Sends outbox rows on Telegram: the text (split past 4,096 characters), the options as inline
 * buttons under its last part, then each attachment (pictures as photos, other files as
 * documents). A message an earlier attempt may already have delivered
 * ({@link OutboundEnvelope#possibleDuplicate()}: Telegram cannot be asked, and has no idempotency
 * key) ends with a short mark in the recipient's language, "(tin gửi lại)" / "(resent)", so a
 * second copy reads as such. Every Bot API failure becomes a {@link SendOutcome}; none escapes.
 */
@Component
@Conditional(TelegramEnabled.class)
class TelegramSender implements ChannelSender {

    private final TelegramClient client;
    private final TelegramTexts texts;

    TelegramSender(TelegramClient client, TelegramTexts texts) {
        this.client = client;
        this.texts = texts;
    }

    @Override
    public ChannelType channel() {
        return ChannelType.TELEGRAM;
    }

    @Override
    public double ratePerSecond() {
        return 30;
    }

    @Override
    public double ratePerAddressPerSecond() {
        return 1;
    }

    @Override
    public SendOutcome send(OutboundEnvelope envelope) {
        if (envelope.address() == null || !envelope.address().matches("-?\\d{1,19}")) {
            return SendOutcome.permanent("not a Telegram chat id: " + envelope.address());
        }
        long chatId = Long.parseLong(envelope.address());
        try {
            Message last = null;
            List<String> parts = TextSplitter.split(text(envelope), TextSplitter.LIMIT);
            for (int i = 0; i < parts.size(); i++) {
                boolean lastPart = i == parts.size() - 1;
                if (parts.get(i).isEmpty() && !envelope.attachments().isEmpty()) {
                    continue; // a file without text: nothing to say before it
                }
                last = client.execute(SendMessage.builder().chatId(chatId).text(parts.get(i))
                        .replyMarkup(lastPart ? buttons(envelope.options()) : null).build());
            }
            for (Attachment attachment : envelope.attachments()) {
                last = send(chatId, attachment);
            }
            return SendOutcome.sent(last == null ? null : String.valueOf(last.getMessageId()), 1);
        } catch (TelegramApiException e) {
            return SendFailures.translate(e, envelope.attempt());
        } catch (RuntimeException e) {
            return SendFailures.unexpected(e, envelope.attempt());
        }
    }

    /** The text to send: a possible duplicate ends with the resend mark (a file without text gets none). */
    private String text(OutboundEnvelope envelope) {
        String text = envelope.text() == null ? "" : envelope.text();
        if (!envelope.possibleDuplicate() || text.isBlank()) {
            return text;
        }
        return text.stripTrailing() + "\n" + texts.get(envelope.language(), "telegram.resent");
    }

    private Message send(long chatId, Attachment attachment) throws TelegramApiException {
        InputFile file = new InputFile(new ByteArrayInputStream(attachment.content()), attachment.fileName());
        if (attachment.isImage()) {
            return client.execute(SendPhoto.builder().chatId(chatId).photo(file).build());
        }
        return client.execute(SendDocument.builder().chatId(chatId).document(file).build());
    }

    /** One button per option and row; the button's data is the option's data (at most 64 bytes). */
    static InlineKeyboardMarkup buttons(List<ReplyOption> options) {
        if (options.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = options.stream()
                .map(option -> new InlineKeyboardRow(InlineKeyboardButton.builder().text(option.label())
                        .callbackData(option.data()).build()))
                .toList();
        return new InlineKeyboardMarkup(rows);
    }
}
