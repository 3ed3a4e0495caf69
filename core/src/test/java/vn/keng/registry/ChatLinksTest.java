package vn.keng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.registry.TelegramLinks.Redemption;
import vn.keng.testing.CoreTest;
import vn.keng.testing.TestPeople;

/** Accounts of other chat apps (Zalo) on the real database: one person per account, one account per app, invite codes. */
@CoreTest
class ChatLinksTest {

    private static final String ZALO = "ZALO";

    @Autowired ChatLinks links;
    @Autowired TelegramLinks telegram;
    @Autowired TestPeople testPeople;

    @Test
    void anAccountBelongsToOnePersonAndAPersonHasOneAccountPerApp() {
        Village village = testPeople.village(testPeople.commune());
        Person an = testPeople.person(village);
        Person binh = testPeople.person(village);
        String first = account();
        String second = account();

        links.link(ZALO, first, an.getId());
        assertThat(links.linkedPerson(ZALO, first)).map(Person::getId).contains(an.getId());
        assertThat(links.accountOf(an.getId(), ZALO)).contains(first);

        links.link(ZALO, first, binh.getId());
        assertThat(links.linkedPerson(ZALO, first)).map(Person::getId).contains(binh.getId());
        assertThat(links.accountOf(an.getId(), ZALO)).isEmpty();

        links.link(ZALO, second, binh.getId());
        assertThat(links.accountOf(binh.getId(), ZALO)).contains(second);
        assertThat(links.linkedPerson(ZALO, first)).isEmpty();
        assertThat(links.linkedPerson("VIBER", second)).isEmpty();

        assertThatThrownBy(() -> links.link("zalo", account(), an.getId())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.link(ZALO, "x".repeat(65), an.getId())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInviteCodeLinksOnceAcrossTelegramAndOtherApps() {
        Village village = testPeople.village(testPeople.commune());
        Person person = testPeople.person(village);
        InviteCode invite = telegram.createInvite(person.getId(), Duration.ofDays(7));
        InviteCode spentOnTelegram = telegram.createInvite(person.getId(), Duration.ofDays(7));
        telegram.redeem(spentOnTelegram.getCode(), 7_000_000_000L + (long) (Math.random() * 1_000_000));
        String account = account();

        assertThat(links.isInviteCode(invite.getCode().toLowerCase())).isTrue();
        assertThat(links.isInviteCode("NOSUCHCD")).isFalse();
        Redemption first = links.redeem(" " + invite.getCode().toLowerCase(), ZALO, account);
        assertThat(first.status()).isEqualTo(Redemption.Status.LINKED);
        assertThat(first.person().getId()).isEqualTo(person.getId());
        assertThat(links.redeem(invite.getCode(), ZALO, account).status()).isEqualTo(Redemption.Status.LINKED);
        assertThat(links.redeem(invite.getCode(), ZALO, account()).status()).isEqualTo(Redemption.Status.USED);
        assertThat(links.redeem(spentOnTelegram.getCode(), ZALO, account()).status()).isEqualTo(Redemption.Status.USED);
        assertThat(links.redeem(telegram.createInvite(person.getId(), Duration.ofNanos(1)).getCode(), ZALO, account())
                .status()).isEqualTo(Redemption.Status.EXPIRED);
        assertThat(links.redeem("", ZALO, account()).status()).isEqualTo(Redemption.Status.UNKNOWN);
        assertThat(links.linkedPerson(ZALO, account)).map(Person::getId).contains(person.getId());
    }

    private static String account() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
