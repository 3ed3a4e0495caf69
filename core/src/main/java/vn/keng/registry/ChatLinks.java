package vn.keng.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.platform.NotFoundException;
import vn.keng.registry.TelegramLinks.Redemption;

/**
 * Links accounts of chat apps other than Telegram (Zalo) to registered people, by channel name: an
 * account belongs to one person (linking it elsewhere unlinks it from the previous one) and a person
 * has one account per app (a new one replaces the old). The adapter proves the account is the
 * person's (an invite code, or a one-time code sent by SMS to the registered phone) before linking.
 */
@Service
@Transactional
public class ChatLinks {

    private final PeopleStore people;
    private final ChatAccountsStore accounts;
    private final InviteCodes invites;
    private final Clock clock;

    ChatLinks(PeopleStore people, ChatAccountsStore accounts, InviteCodes invites, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.invites = invites;
        this.clock = clock;
    }

    /** The person an account is linked to. */
    @Transactional(readOnly = true)
    public Optional<Person> linkedPerson(String channel, String account) {
        return people.findByChatAccount(channel, account);
    }

    /** The account a person has on a chat app. */
    @Transactional(readOnly = true)
    public Optional<String> accountOf(long personId, String channel) {
        return accounts.findByChannelAndPersonId(channel, personId).map(ChatAccount::getAccount);
    }

    /** Links the account to the person, moving it from whoever held it and replacing the person's previous one. */
    public Person link(String channel, String account, long personId) {
        ChatAccount.requireChannel(channel);
        ChatAccount.requireAccount(account);
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        Optional<ChatAccount> held = accounts.findByChannelAndAccount(channel, account);
        if (held.isPresent() && held.get().getPersonId().equals(personId)) {
            return person;
        }
        held.ifPresent(accounts::delete);
        accounts.findByChannelAndPersonId(channel, personId).ifPresent(accounts::delete);
        accounts.flush();
        accounts.save(new ChatAccount(channel, account, personId, clock.instant()));
        return person;
    }

    /** Whether this is an invite code the service issued (used, expired or not). */
    @Transactional(readOnly = true)
    public boolean isInviteCode(String code) {
        String normalized = normalize(code);
        return !normalized.isEmpty() && invites.findByCode(normalized).isPresent();
    }

    /**
     * Redeems an invite code (the same codes as Telegram's) for an account of a chat app. Redeeming
     * again from the same account is harmless; from another account, or a code spent on Telegram, it
     * is "used".
     */
    public Redemption redeem(String code, String channel, String account) {
        String normalized = normalize(code);
        Optional<InviteCode> found = normalized.isEmpty() ? Optional.empty() : invites.findByCode(normalized);
        if (found.isEmpty()) {
            return Redemption.unknown();
        }
        InviteCode invite = found.get();
        if (invite.isUsed()) {
            return invite.usedBy(channel, account)
                    ? Redemption.linked(people.findById(invite.getPersonId()).orElseThrow())
                    : new Redemption(Redemption.Status.USED, null);
        }
        Instant now = clock.instant();
        if (invite.isExpired(now)) {
            return new Redemption(Redemption.Status.EXPIRED, null);
        }
        invite.use(channel, account, now);
        return Redemption.linked(link(channel, account, invite.getPersonId()));
    }

    private static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
