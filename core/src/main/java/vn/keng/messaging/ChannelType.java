package vn.keng.messaging;

/** The channels a message travels on. A new channel (Zalo) is one more value and one adapter. */
public enum ChannelType {
    TELEGRAM(true),
    SMS(false),
    SIMULATOR(true);

    private final boolean buttons;

    ChannelType(boolean buttons) {
        this.buttons = buttons;
    }

    /** Whether the channel shows options as buttons; otherwise they are written as numbered replies. */
    public boolean hasButtons() {
        return buttons;
    }
}
