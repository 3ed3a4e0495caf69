package vn.keng.messaging;

import java.util.Optional;

import vn.keng.registry.InvalidPhoneNumberException;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;

/**
 * Finds the person behind a channel address: a phone for SMS and calls, a Telegram user id, a person id
 * in the simulator, a linked chat account on any other chat app (Zalo).
 */
final class Senders {

    private Senders() {
    }

    static Optional<Person> identify(People people, ChannelType channel, String address) {
        try {
            return switch (channel) {
                case SMS, VOICE -> people.findByPhone(PhoneNumber.parse(address));
                case TELEGRAM -> people.findByTelegramUserId(Long.parseLong(address));
                case SIMULATOR -> people.findById(Long.parseLong(address));
                case ZALO -> people.findByChatAccount(channel.name(), address);
            };
        } catch (InvalidPhoneNumberException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
