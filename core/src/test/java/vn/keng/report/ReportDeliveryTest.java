package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/** Scheduled delivery: every official of the commune gets the report once, files on Telegram. */
@CoreTest
class ReportDeliveryTest {

    @Autowired ReportReadModel readModel;
    @Autowired ReportDelivery delivery;
    @Autowired FakeChannel fakeSms;
    @Autowired FakeChannel fakeTelegram;
    @Autowired Registry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired TestPeople testPeople;

    @Test
    void theOfficialsGetTheReportOnceWithFilesOnTelegram() {
        ReportFixture.Data data = new ReportFixture(registry, jdbc, tx, readModel).create();
        Person onTelegram = testPeople.withTelegram(tx.execute(s -> registry.createPerson(data.commune().getId(),
                TestPeople.unique("Cán bộ"), TestPeople.newPhone(), EnumSet.of(Role.OFFICIAL), null, null, Language.VI)));
        Period october = Period.month(2026, 10);

        assertThat(delivery.deliver(data.commune().getId(), october)).isEqualTo(2);
        assertThat(delivery.deliver(data.commune().getId(), october)).as("sent once").isZero();

        String telegram = String.valueOf(onTelegram.getTelegramUserId());
        await().atMost(Duration.ofSeconds(20)).until(() -> !fakeTelegram.sentTo(telegram).isEmpty()
                && !fakeSms.sentTo(data.official().getPhone().e164()).isEmpty());
        assertThat(fakeSms.sentTo(data.official().getPhone().e164()).get(0).text()).startsWith("BC Xa Dong Thinh")
                .contains("10/2026");
        assertThat(fakeTelegram.sentTo(telegram).get(0).attachments()).hasSize(3);
        assertThat(fakeSms.sentTo(data.police().getPhone().e164())).as("police are not on the list").isEmpty();
    }
}
