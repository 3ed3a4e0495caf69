package vn.keng.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.keng.KengApplication;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.testing.TestPeople;

/**
 * Rows an instance left SENDING when it died (its lease ran out) go to Twilio through the real SDK
 * and the real dispatcher, against a Twilio fake that keeps what it was sent: the one the dead
 * instance had handed over is found in Twilio's message list and marked sent with that SID, not
 * sent twice; the one it had not is sent once; an identical message sent long before the claim
 * (yesterday's) does not count.
 */
@SpringBootTest(classes = KengApplication.class, properties = {"keng.demo.enabled=false",
        "keng.simulator.enabled=false", "keng.admin.username=faults-admin", "keng.admin.password=faults-secret-1",
        "keng.messaging.sweep-interval=PT0.2S", "keng.sms.provider=twilio",
        "keng.sms.twilio.account-sid=" + TwilioFake.ACCOUNT, "keng.sms.twilio.auth-token=" + TwilioFake.TOKEN,
        "keng.sms.twilio.from=" + TwilioFake.FROM, "keng.sms.twilio.public-url=" + TwilioFake.PUBLIC_URL})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TwilioReconciliationFlowTest {

    private static final TwilioFake TWILIO = new TwilioFake();

    @Autowired JdbcTemplate jdbc;
    @Autowired OutboxQueries outbox;

    @DynamicPropertySource
    static void twilio(DynamicPropertyRegistry registry) {
        registry.add("keng.sms.twilio.api-url", TWILIO::url);
    }

    @AfterAll
    static void stop() {
        TWILIO.close();
    }

    @Test
    void aRowTheDeadInstanceHandedOverIsNotSentAgainAndOneItDidNotIsSentOnce() {
        Instant claimed = Instant.now().minusSeconds(12);
        String handedTo = TestPeople.newPhone().e164();
        String notHandedTo = TestPeople.newPhone().e164();
        String yesterdayTo = TestPeople.newPhone().e164();
        String handedText = "BAO DONG CHAY: " + TestPeople.unique("nha") + ", thon 3";
        String notHandedText = "BAO DONG CHAY: " + TestPeople.unique("nha") + ", thon 3";
        String yesterdayText = "Nhac truc: danh keng 22:00 " + TestPeople.unique("diem");
        TwilioFake.Sms before = TWILIO.handedBefore(handedTo, handedText, claimed.plusMillis(300));
        TWILIO.handedBefore(yesterdayTo, yesterdayText, claimed.minus(Duration.ofHours(24)));

        long handed = leftSending(handedTo, handedText, claimed);
        long notHanded = leftSending(notHandedTo, notHandedText, claimed);
        long yesterday = leftSending(yesterdayTo, yesterdayText, claimed);

        await().atMost(Duration.ofSeconds(60)).until(() -> status(handed) == OutboxStatus.SENT
                && status(notHanded) == OutboxStatus.SENT && status(yesterday) == OutboxStatus.SENT);
        assertThat(TWILIO.copies(handedTo, handedText)).isEqualTo(1);
        assertThat(outbox.find(handed).orElseThrow().providerMessageId()).isEqualTo(before.sid());
        assertThat(TWILIO.copies(notHandedTo, notHandedText)).isEqualTo(1);
        assertThat(outbox.find(notHanded).orElseThrow().providerMessageId()).isNotEqualTo(before.sid());
        assertThat(TWILIO.copies(yesterdayTo, yesterdayText)).isEqualTo(2);
    }

    private OutboxStatus status(long id) {
        return outbox.find(id).orElseThrow().status();
    }

    /** An alarm SMS as a dead instance left it: SENDING since {@code claimed}, its 10 s lease run out. */
    private long leftSending(String to, String text, Instant claimed) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into outbound_message (channel, address, text, priority, status, "
                    + "attempts, next_attempt_at, created_at, claimed_at, claimed_by, lease_until) "
                    + "values ('SMS', ?, ?, 0, 'SENDING', 1, ?, ?, ?, 'dead-host:1:x', ?)", new String[] {"id"});
            ps.setString(1, to);
            ps.setString(2, text);
            ps.setTimestamp(3, Timestamp.from(claimed));
            ps.setTimestamp(4, Timestamp.from(claimed));
            ps.setTimestamp(5, Timestamp.from(claimed));
            ps.setTimestamp(6, Timestamp.from(claimed.plusSeconds(10)));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
