package vn.keng.messaging;

import java.util.List;

/**
 * How the rest of the core sends messages. Each call renders the notice for the chosen channel and
 * writes outbox rows in the caller's transaction: the rows commit with the change that caused
 * them, and the dispatcher sends them after the commit.
 */
public interface Notifications {

    /**
     * Queues a notice to a person. Alarms and duty notices go by SMS to their phone and to every
     * chat they are linked on, at once (unless their commune turned "SMS always" off); other notices
     * go on their preferred reachable channel (Telegram if linked, else SMS). Info notices to people
     * who opted out are skipped; alarms and duty notices never are.
     *
     * @return the outbox ids written (empty if the person has no channel or opted out)
     */
    List<Long> notify(Long personId, Notice notice);

    /**
     * The person answered what the notices of this correlation asked (on any channel): their copies
     * not sent yet are skipped (status ANSWERED). Call in the transaction that records the answer.
     *
     * @return how many copies were skipped
     */
    int answered(Long personId, Correlation correlation);

    /**
     * What the notices of this correlation asked is over (the incident was closed): the copies queued
     * before the instant that have not left yet are skipped (status ANSWERED) for everybody.
     *
     * @return how many copies were skipped
     */
    int withdraw(Correlation correlation, java.time.Instant queuedBefore);

    /** Queues a reply to the address an inbound message came from, on its channel, known sender or not. */
    List<Long> reply(InboundMessage to, Notice notice);

    /**
     * Queues a notice to an address on a channel, known person or not: someone who wrote once from a
     * number nobody registered (an unknown reporter) is told what became of it where they wrote from.
     *
     * @return the outbox id written, or empty when the channel has no sender
     */
    List<Long> notifyAddress(ChannelType channel, String address, Notice notice);

    /**
     * As {@link #notifyAddress(ChannelType, String, Notice)}, an SMS going out through the provider
     * (and phone) named by {@code via} ("android:viettel"), as a reply to a message that came in
     * through it would; null leaves it to the routes.
     */
    default List<Long> notifyAddress(ChannelType channel, String address, String via, Notice notice) {
        return notifyAddress(channel, address, notice);
    }

    /**
     * Queues a notice by SMS to the person's registered phone alone, whatever their other channels and
     * opt-outs: for one-time codes that prove the person holds that phone (linking a chat account).
     *
     * @return the outbox id written, or empty when no SMS channel is configured or the person has no phone
     */
    List<Long> sms(Long personId, Notice notice);

    /** Queues a notice to a Telegram group chat (a fire-safety group's own chat). */
    List<Long> notifyTelegramChat(long chatId, Notice notice);

    /**
     * Queues a phone call to the person's phone (channel {@link ChannelType#VOICE}): the notice's
     * text is spoken and its options are offered as keys; the key pressed comes back through the
     * inbound pipeline like an SMS answer. Opt-outs do not apply (calls are for alarms and duty).
     *
     * @return the outbox id written, or empty when no voice channel is configured, the person is
     *         unknown or has no phone
     */
    default List<Long> call(Long personId, Notice notice) {
        return List.of();
    }

    /**
     * Queues an info notice to a person like {@link #notify}, but its SMS copy waits until
     * {@code smsNotBefore} (the end of the commune's quiet hours; null: at once). Chat copies go at once.
     *
     * @return the outbox ids written (empty if the person has no channel or opted out)
     */
    default List<Long> announce(Long personId, Notice notice, java.time.Instant smsNotBefore) {
        return notify(personId, notice);
    }

    /**
     * The channel an info notice to this person would take now (their preferred reachable one), or
     * empty when they have none or opted out of info messages: to tell a sender what a notice will cost.
     */
    default java.util.Optional<ChannelType> infoChannel(Long personId) {
        return java.util.Optional.empty();
    }

    /** Whether calls can be made at all: a voice channel is configured ({@code keng.voice.enabled}). */
    default boolean canCall() {
        return false;
    }
}
