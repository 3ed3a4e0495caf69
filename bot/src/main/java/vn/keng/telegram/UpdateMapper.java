package vn.keng.telegram;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.location.Location;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.GeoLocation;
import vn.keng.messaging.InboundMessage;

/**
 * Maps a Telegram update to the core's {@link InboundMessage}, the same way for webhooks and long
 * polling: the update id is the provider id, the sender is the Telegram user, the chat is named
 * only when it is not the sender's private chat (a group chat).
 */
@Component
@Conditional(TelegramEnabled.class)
class UpdateMapper {

    private final Menus menus;

    UpdateMapper(Menus menus) {
        this.menus = menus;
    }

    /** The inbound message for a new message or a button tap; empty for every other kind of update. */
    Optional<InboundMessage> map(Update update) {
        String id = String.valueOf(update.getUpdateId());
        if (update.getMessage() != null && update.getMessage().getFrom() != null) {
            return Optional.of(fromMessage(id, update.getMessage()));
        }
        if (update.getCallbackQuery() != null && update.getCallbackQuery().getFrom() != null) {
            return Optional.of(fromCallback(id, update.getCallbackQuery()));
        }
        return Optional.empty();
    }

    private InboundMessage fromMessage(String id, Message message) {
        long sender = message.getFrom().getId();
        String text = message.getText() != null ? menus.commandFor(withoutBotName(message.getText())) : message.getCaption();
        Location location = message.getLocation();
        GeoLocation geo = location == null ? null : new GeoLocation(location.getLatitude(), location.getLongitude());
        Instant at = message.getDate() == null ? null : Instant.ofEpochSecond(message.getDate());
        return new InboundMessage(ChannelType.TELEGRAM, id, String.valueOf(sender), chatIfGroup(message.getChatId(), sender),
                text, geo, null, largestPhoto(message.getPhoto()), at);
    }

    private InboundMessage fromCallback(String id, CallbackQuery callback) {
        long sender = callback.getFrom().getId();
        MaybeInaccessibleMessage message = callback.getMessage();
        String chat = message == null ? null : chatIfGroup(message.getChatId(), sender);
        return new InboundMessage(ChannelType.TELEGRAM, id, String.valueOf(sender), chat, "", null,
                callback.getData(), null, Instant.now());
    }

    private static String chatIfGroup(Long chatId, long sender) {
        return chatId == null || chatId == sender ? null : String.valueOf(chatId);
    }

    /** The file id of the largest size Telegram offers of a photo. */
    private static String largestPhoto(List<PhotoSize> sizes) {
        if (sizes == null || sizes.isEmpty()) {
            return null;
        }
        Comparator<PhotoSize> bySize = Comparator.comparingLong(UpdateMapper::area)
                .thenComparingLong(size -> size.getFileSize() == null ? 0 : size.getFileSize());
        return sizes.stream().max(bySize).map(PhotoSize::getFileId).orElse(null);
    }

    private static long area(PhotoSize size) {
        return (long) (size.getWidth() == null ? 0 : size.getWidth()) * (size.getHeight() == null ? 0 : size.getHeight());
    }

    /** "/baocao@KengBot 2026" (a command in a group chat) → "/baocao 2026". */
    static String withoutBotName(String text) {
        return text.startsWith("/") ? text.replaceFirst("^(/[A-Za-z0-9_]+)@[A-Za-z0-9_]+", "$1") : text;
    }
}
