package vn.keng.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.registry.InviteCode;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.TelegramLinks;
import vn.keng.registry.TelegramLinks.GroupChatLink;
import vn.keng.registry.TelegramLinks.Redemption;

/** Account links against the real database (H2 by default, PostgreSQL with -Pintegration). */
class TelegramLinksTest extends WebhookContext {

    @Autowired
    TelegramLinks links;
    @Autowired
    Registry registry;
    @Autowired
    People people;

    private TestRegistry data;

    @BeforeEach
    void data() {
        data = new TestRegistry(registry, people);
    }

    @Test
    void aPhoneLinksTheAccountAndATelegramAccountBelongsToOnePersonOnly() {
        Person first = data.person("Nguyễn Văn An", Role.RESIDENT);
        Person second = data.person("Lê Thị Bình", Role.RESIDENT);
        long user = Fixtures.uniqueId();

        assertThat(links.linkByPhone(user, first.getPhone())).map(Person::getId).contains(first.getId());
        assertThat(links.linkByPhone(user, second.getPhone())).map(Person::getId).contains(second.getId());

        assertThat(links.linkedPerson(user)).map(Person::getId).contains(second.getId());
        assertThat(people.findById(first.getId()).orElseThrow().getTelegramUserId()).isNull();
    }

    @Test
    void anUnregisteredPhoneLinksNothing() {
        long user = Fixtures.uniqueId();

        assertThat(links.linkByPhone(user, data.unusedPhone())).isEmpty();
        assertThat(links.linkedPerson(user)).isEmpty();
    }

    @Test
    void anInviteCodeLinksOnceAndOnlyForTheAccountThatUsedIt() {
        Person person = data.person("Phạm Văn Cường", Role.STRIKER);
        InviteCode invite = links.createInvite(person.getId(), Duration.ofDays(7));
        long user = Fixtures.uniqueId();

        Redemption first = links.redeem(invite.getCode().toLowerCase(), user);
        assertThat(first.status()).isEqualTo(Redemption.Status.LINKED);
        assertThat(first.person().getId()).isEqualTo(person.getId());
        assertThat(links.redeem(invite.getCode(), user).status()).isEqualTo(Redemption.Status.LINKED);
        assertThat(links.redeem(invite.getCode(), Fixtures.uniqueId()).status()).isEqualTo(Redemption.Status.USED);
        assertThat(links.linkedPerson(user)).map(Person::getId).contains(person.getId());
    }

    @Test
    void anExpiredOrUnknownCodeLinksNothing() {
        Person person = data.person("Trịnh Thị Dung", Role.RESIDENT);
        InviteCode invite = links.createInvite(person.getId(), Duration.ofNanos(1));
        long user = Fixtures.uniqueId();

        assertThat(links.redeem(invite.getCode(), user).status()).isEqualTo(Redemption.Status.EXPIRED);
        assertThat(links.redeem("NOSUCHCODE", user).status()).isEqualTo(Redemption.Status.UNKNOWN);
        assertThat(links.redeem("", user).status()).isEqualTo(Redemption.Status.UNKNOWN);
        assertThat(links.linkedPerson(user)).isEmpty();
    }

    @Test
    void aGroupChatIsLinkedByTheGroupLeaderOrAnOfficialOfTheCommuneOnly() {
        Person leader = data.person("Hoàng Văn Hùng", Role.GROUP_LEADER);
        Person resident = data.person("Bùi Thị Lan", Role.RESIDENT);
        Person official = data.person("Quách Văn Minh", Role.OFFICIAL);
        Person outsider = new TestRegistry(registry, people).person("Đỗ Thị Nga", Role.OFFICIAL);
        SafetyGroup group = registry.createGroup(data.village.getId(), "Tổ liên gia số 1", leader.getId(), null);
        long leaderAccount = link(leader);
        long chat = -1_000_000_000_000L - Fixtures.uniqueId();

        assertThat(links.linkGroupChat(link(resident), group.getId(), chat)).isEqualTo(GroupChatLink.NOT_ALLOWED);
        assertThat(links.linkGroupChat(link(outsider), group.getId(), chat)).isEqualTo(GroupChatLink.NOT_ALLOWED);
        assertThat(links.linkGroupChat(Fixtures.uniqueId(), group.getId(), chat)).isEqualTo(GroupChatLink.NOT_ALLOWED);
        assertThat(links.linkGroupChat(leaderAccount, Long.MAX_VALUE, chat)).isEqualTo(GroupChatLink.UNKNOWN_GROUP);
        assertThat(registry.group(group.getId()).getTelegramChatId()).isNull();

        assertThat(links.linkGroupChat(leaderAccount, group.getId(), chat)).isEqualTo(GroupChatLink.LINKED);
        assertThat(registry.group(group.getId()).getTelegramChatId()).isEqualTo(chat);
        assertThat(links.linkGroupChat(link(official), group.getId(), chat - 1)).isEqualTo(GroupChatLink.LINKED);
        assertThat(registry.group(group.getId()).getTelegramChatId()).isEqualTo(chat - 1);
    }

    private long link(Person person) {
        long user = Fixtures.uniqueId();
        links.linkByPhone(user, person.getPhone()).orElseThrow();
        return user;
    }
}
