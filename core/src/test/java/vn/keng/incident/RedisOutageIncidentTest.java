package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.messaging.InboundMessage;
import vn.keng.registry.Person;
import vn.keng.testing.CoreTest;
import vn.keng.testing.RedisFaults;

/**
 * Redis is not on the alarm path: with the application's Redis cut (every command refused), a fire
 * report is handled and alarms go out, dialog state and the open question live in the database,
 * and nothing is sent twice when Redis comes back.
 */
@CoreTest
class RedisOutageIncidentTest extends IncidentTestSupport {

    private static final Logger log = LoggerFactory.getLogger(RedisOutageIncidentTest.class);

    @Autowired RedisFaults.Switch redis;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restoreRedis() {
        redis.restore();
    }

    String inboundStatus(InboundMessage m) {
        return jdbc.queryForObject("select status from inbound_message where channel = ? and provider_message_id = ?",
                String.class, m.channel().name(), m.providerMessageId());
    }

    @Test
    void aFireReportWhileRedisIsDownAlarmsEveryoneOnceAndNothingIsSentAgainWhenItReturns() {
        IncidentScene.Built s = scene.build(2, 0);
        Person reporter = s.members.get(0);
        redis.cut();
        Instant reported = Instant.now();

        InboundMessage report = scene.sms(reporter, "CHAY NHA ONG BA THON 3");

        awaitSms(reporter, "Da bao dong");
        for (Person alarmed : new Person[] {s.head, s.police, s.striker, s.deputy, s.members.get(1)}) {
            awaitSms(alarmed, "BAO DONG");
        }
        log.info("FAULT redis down: fire report to the last SMS alarm {} ms",
                Duration.between(reported, Instant.now()).toMillis());
        assertThat(inboundStatus(report)).isEqualTo("HANDLED");
        assertThat(awaitIncidentOf(reporter).kind()).isEqualTo(IncidentKind.FIRE);
        assertThat(jdbc.queryForObject("select count(*) from outbound_message where correlation_kind = 'INCIDENT' "
                + "and correlation_id = ? and status in ('PENDING', 'SENDING')", Integer.class,
                awaitIncidentOf(reporter).id())).isZero();

        redis.restore();
        int before = fakeSms.sent().size() + fakeTelegram.sent().size();
        scene.sms(s.members.get(1), "tro giup"); // traffic after Redis returned
        awaitSms(s.members.get(1), "BAO CHAY");
        for (Person alarmed : new Person[] {s.head, s.police, s.striker, s.deputy}) {
            assertThat(smsTo(alarmed)).as("alarms to one person").filteredOn(e -> e.text().contains("BAO DONG")).hasSize(1);
        }
        assertThat(fakeSms.sent().size() + fakeTelegram.sent().size()).isGreaterThan(before);
    }

    @Test
    void theNumberedQuestionIsAnsweredWhileRedisIsDown() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);
        redis.cut();

        scene.sms(reporter, "lúa cháy lá vì nắng");
        awaitSms(reporter, "1=Chay, no, 2=Trom");
        scene.sms(reporter, "1");

        await().atMost(PATIENCE).until(() -> !queries.reportedBy(reporter.getId()).isEmpty());
        assertThat(awaitIncidentOf(reporter).kind()).isEqualTo(IncidentKind.FIRE);
        awaitSms(s.deputy, "BAO DONG CHAY");
    }
}
