package vn.keng.registry;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.platform.NotFoundException;

/**
 * Links Telegram accounts to registered people: by the phone contact a person shares (it must be
 * their own), by an invite code an official generated, and links a fire-safety group's own group
 * chat. A Telegram account belongs to at most one person.
 */
@Service
@Transactional
public class TelegramLinks {

    /** Letters and digits that cannot be misread for each other (no 0/O, 1/I/L). */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    public static final Duration DEFAULT_INVITE_VALIDITY = Duration.ofDays(7);

    private final PeopleStore people;
    private final InviteCodes invites;
    private final SafetyGroupsStore groups;
    private final VillagesStore villages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TelegramLinks(PeopleStore people, InviteCodes invites, SafetyGroupsStore groups, VillagesStore villages, Clock clock) {
        this.people = people;
        this.invites = invites;
        this.groups = groups;
        this.villages = villages;
        this.clock = clock;
    }

    /** The person a Telegram account is linked to. */
    @Transactional(readOnly = true)
    public Optional<Person> linkedPerson(long telegramUserId) {
        return people.findByTelegramUserId(telegramUserId);
    }

    /**
     * Links the account to the person registered with this phone. The caller has checked that the
     * contact is the sender's own.
     *
     * @return the linked person, or empty when no one is registered with that phone
     */
    public Optional<Person> linkByPhone(long telegramUserId, PhoneNumber phone) {
        return people.findByPhone(phone).map(person -> link(person, telegramUserId));
    }

    /** A new single-use invite code for a person, valid for the given time. */
    public InviteCode createInvite(Long personId, Duration validity) {
        people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        Instant now = clock.instant();
        return invites.save(new InviteCode(newCode(), personId, now, now.plus(validity)));
    }

    /** Redeems an invite code for a Telegram account. Redeeming again from the same account is harmless. */
    public Redemption redeem(String code, long telegramUserId) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Optional<InviteCode> found = normalized.isEmpty() ? Optional.empty() : invites.findByCode(normalized);
        if (found.isEmpty()) {
            return Redemption.unknown();
        }
        InviteCode invite = found.get();
        if (invite.isUsed()) {
            return Long.valueOf(telegramUserId).equals(invite.getUsedByTelegramId())
                    ? Redemption.linked(people.findById(invite.getPersonId()).orElseThrow())
                    : new Redemption(Redemption.Status.USED, null);
        }
        Instant now = clock.instant();
        if (invite.isExpired(now)) {
            return new Redemption(Redemption.Status.EXPIRED, null);
        }
        Person person = people.findById(invite.getPersonId()).orElseThrow();
        invite.use(telegramUserId, now);
        return Redemption.linked(link(person, telegramUserId));
    }

    /**
     * Links a group's own Telegram group chat, asked by the Telegram account of its leader, its
     * deputy, or an official or police officer of the commune.
     */
    public GroupChatLink linkGroupChat(long telegramUserId, long groupId, long chatId) {
        Optional<SafetyGroup> group = groups.findById(groupId);
        if (group.isEmpty()) {
            return GroupChatLink.UNKNOWN_GROUP;
        }
        Optional<Person> asker = people.findByTelegramUserId(telegramUserId);
        if (asker.isEmpty() || !mayLink(asker.get(), group.get())) {
            return GroupChatLink.NOT_ALLOWED;
        }
        group.get().linkTelegramChat(chatId);
        return GroupChatLink.LINKED;
    }

    private boolean mayLink(Person person, SafetyGroup group) {
        if (person.getId().equals(group.getLeaderId()) || person.getId().equals(group.getDeputyId())) {
            return true;
        }
        boolean officer = person.hasRole(Role.OFFICIAL) || person.hasRole(Role.POLICE) || person.hasRole(Role.ADMIN);
        return officer && villages.findById(group.getVillageId())
                .map(village -> village.getCommuneId().equals(person.getCommuneId())).orElse(false);
    }

    private Person link(Person person, long telegramUserId) {
        people.findByTelegramUserId(telegramUserId)
                .filter(previous -> !previous.getId().equals(person.getId()))
                .ifPresent(previous -> {
                    previous.linkTelegram(null);
                    people.saveAndFlush(previous);
                });
        person.linkTelegram(telegramUserId);
        return person;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The outcome of redeeming an invite code. */
    public record Redemption(Status status, Person person) {

        public enum Status { LINKED, UNKNOWN, EXPIRED, USED }

        static Redemption linked(Person person) {
            return new Redemption(Status.LINKED, person);
        }

        static Redemption unknown() {
            return new Redemption(Status.UNKNOWN, null);
        }
    }

    /** The outcome of linking a group chat. */
    public enum GroupChatLink { LINKED, UNKNOWN_GROUP, NOT_ALLOWED }
}
