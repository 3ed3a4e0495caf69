package vn.keng.messaging;

/**
 * Something happened in a person's conversation (a message in, a message out, a status change),
 * for live views such as the simulator. {@code personId} is null for unknown senders.
 */
public record MessageActivity(Long personId, ChannelType channel, String address) {
}
