package vn.keng.messaging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.keng.registry.ChatAccount;
import vn.keng.registry.ChatAccounts;
import vn.keng.registry.Person;

/**
 * The channels this process can send on (one {@link ChannelSender} bean each), the order in which
 * a person is tried (a linked chat account on another app such as Zalo, then Telegram when linked,
 * then SMS), and where a notice goes by its priority.
 */
@Component
class ChannelSenders {

    /** Channels whose addresses are chat accounts kept in the registry (Zalo), in the order they are tried. */
    private static final List<ChannelType> ACCOUNT_CHANNELS = List.of(ChannelType.ZALO);

    private final Map<ChannelType, ChannelSender> senders = new EnumMap<>(ChannelType.class);
    private final ChatAccounts accounts;
    private final boolean anyAccountChannel;

    ChannelSenders(List<ChannelSender> all, ChatAccounts accounts) {
        this.accounts = accounts;
        for (ChannelSender sender : all) {
            if (senders.putIfAbsent(sender.channel(), sender) != null) {
                throw new IllegalStateException("Two senders for channel " + sender.channel());
            }
        }
        this.anyAccountChannel = ACCOUNT_CHANNELS.stream().anyMatch(senders::containsKey);
    }

    Optional<ChannelSender> get(ChannelType channel) {
        return Optional.ofNullable(senders.get(channel));
    }

    Iterable<ChannelSender> all() {
        return senders.values();
    }

    /**
     * Where a notice goes: for alarms and duty messages when the commune sends them by SMS always,
     * the phone first and every linked chat beside it, all at once; otherwise the preferred channel
     * alone (the others are fallbacks, see {@link Fallbacks}).
     */
    List<Route> deliveries(Person person, Priority priority, boolean smsAlways) {
        List<Route> routes = routes(person);
        if (routes.isEmpty() || !(priority.critical() && smsAlways)) {
            return routes.isEmpty() ? routes : List.of(routes.get(0));
        }
        List<Route> all = new ArrayList<>(routes);
        all.sort(java.util.Comparator.comparing(r -> r.channel() != ChannelType.SMS));
        return all;
    }

    /** The person's reachable channels, best first, each with the address to use there. */
    List<Route> routes(Person person) {
        List<Route> routes = new ArrayList<>(3);
        if (anyAccountChannel && person.getId() != null) { // one indexed read, only when such a channel is configured
            List<ChatAccount> linked = accounts.findByPersonId(person.getId());
            for (ChannelType channel : ACCOUNT_CHANNELS) {
                linked.stream().filter(a -> a.getChannel().equals(channel.name()) && senders.containsKey(channel))
                        .findFirst().ifPresent(a -> routes.add(new Route(channel, a.getAccount())));
            }
        }
        if (person.getTelegramUserId() != null && senders.containsKey(ChannelType.TELEGRAM)) {
            routes.add(new Route(ChannelType.TELEGRAM, String.valueOf(person.getTelegramUserId())));
        }
        if (person.getPhone() != null && senders.containsKey(ChannelType.SMS)) {
            routes.add(new Route(ChannelType.SMS, person.getPhone().e164()));
        }
        return routes;
    }

    /** A channel and the recipient's address on it. */
    record Route(ChannelType channel, String address) {
    }
}
