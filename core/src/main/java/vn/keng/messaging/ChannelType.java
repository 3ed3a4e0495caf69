package vn.keng.messaging;

/** The channels a message travels on. A new channel (Zalo) is one more value and one adapter. */
public enum ChannelType {
    TELEGRAM(true),
    SMS(false),
    SIMULATOR(true),
    /**
     * A phone call to the person's phone (Twilio Voice): the text is spoken, the options are offered
     * as keys ("press 1") by the channel itself, and the key pressed comes back as an inbound message.
     * Never a route of its own: only {@link Notifications#call} queues calls.
     */
    VOICE(true),
    /**
     * Zalo, the chat app most Vietnamese villagers use (the {@code zalo} adapter). Its bots have no
     * buttons: options are written into the text as numbered replies, with diacritics.
     */
    ZALO(false);

    private final boolean buttons;

    ChannelType(boolean buttons) {
        this.buttons = buttons;
    }

    /**
     * Whether the channel presents options itself (buttons; the keys of a call) and gets them with the
     * message; otherwise they are written into the text as numbered replies.
     */
    public boolean hasButtons() {
        return buttons;
    }
}
