package vn.keng.zalo;

/**
 * An update of the Zalo Bot Platform, as {@code getUpdates} returns it and the webhook posts it:
 * an event ({@code message.text.received}, {@code message.image.received},
 * {@code message.sticker.received}, {@code message.unsupported.received}) and its message.
 *
 * @param eventName the kind of event
 * @param message the message, or null
 */
record ZaloUpdate(String eventName, Message message) {

    static final String TEXT = "message.text.received";
    static final String IMAGE = "message.image.received";

    /**
     * @param messageId the platform's id of the message (a string): the key for dropping repeats
     * @param date when it was sent, in epoch milliseconds
     * @param chat the conversation: the sender's private chat or a group
     * @param from who wrote it
     * @param text the text of a text message
     * @param photo the URL of a picture
     * @param caption the text sent with a picture
     */
    record Message(String messageId, Long date, Chat chat, Sender from, String text, String photo, String caption) {
    }

    /** @param chatType {@code PRIVATE} or {@code GROUP} */
    record Chat(String id, String chatType) {

        boolean isGroup() {
            return "GROUP".equalsIgnoreCase(chatType);
        }
    }

    /** The Zalo user who wrote: the bot never learns their phone number. */
    record Sender(String id, String displayName, String firstName, Boolean isBot) {
    }
}
