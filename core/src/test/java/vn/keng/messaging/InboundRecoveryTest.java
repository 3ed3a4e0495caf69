package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.keng.registry.Person;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/**
 * Nothing acknowledged is dropped: a message whose handling failed is retried by the recovery
 * sweep until its attempts run out (then it stays FAILED for operators), and a message a dead
 * instance was handling is taken over once its lease runs out.
 */
@CoreTest
class InboundRecoveryTest {

    private static final Logger log = LoggerFactory.getLogger(InboundRecoveryTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired FakeChannel fakeSms;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessagingSettings settings;

    Person resident;

    @BeforeEach
    void setUp() {
        fakeSms.reset();
        resident = testPeople.person(testPeople.village(testPeople.commune()));
    }

    @AfterEach
    void tearDown() {
        fakeSms.reset();
    }

    /** A help request from the resident, stored as an instance left it. */
    long stored(String status, int attempts, Instant nextAttempt, String claimedBy, Instant leaseUntil) {
        var keys = new GeneratedKeyHolder();
        Instant storedAt = Instant.now().minusSeconds(120);
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into inbound_message (channel, provider_message_id, sender_address, "
                    + "text, received_at, stored_at, status, attempts, next_attempt_at, claimed_by, lease_until, outcome) "
                    + "values ('SMS', ?, ?, 'tro giup', ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, "SM" + UUID.randomUUID());
            ps.setString(2, resident.getPhone().e164());
            ps.setTimestamp(3, Timestamp.from(storedAt));
            ps.setTimestamp(4, Timestamp.from(storedAt));
            ps.setString(5, status);
            ps.setInt(6, attempts);
            ps.setTimestamp(7, nextAttempt == null ? null : Timestamp.from(nextAttempt));
            ps.setString(8, claimedBy);
            ps.setTimestamp(9, leaseUntil == null ? null : Timestamp.from(leaseUntil));
            ps.setString(10, "FAILED".equals(status) ? "java.lang.IllegalStateException: Redis down" : null);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    String status(long id) {
        return jdbc.queryForObject("select status from inbound_message where id = ?", String.class, id);
    }

    @Test
    void aFailedHandlingIsRetriedAndOneOutOfAttemptsStaysFailedForOperators() {
        long exhausted = stored("FAILED", settings.inboundMaxAttempts(), null, null, null);
        long retryable = stored("FAILED", 1, Instant.now().minusMillis(1), null, null);

        await().atMost(PATIENCE).until(() -> "HANDLED".equals(status(retryable)));
        await().atMost(PATIENCE).until(() -> fakeSms.sentTo(resident.getPhone().e164()).size() == 1);
        assertThat(jdbc.queryForObject("select attempts from inbound_message where id = ?", Integer.class, retryable))
                .isEqualTo(2);
        assertThat(status(exhausted)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select outcome from inbound_message where id = ?", String.class, exhausted))
                .contains("Redis down");
    }

    @Test
    void aFailedHandlingWaitsForItsNextAttempt() {
        long later = stored("FAILED", 1, Instant.now().plus(Duration.ofHours(1)), null, null);
        long now = stored("FAILED", 1, Instant.now().minusMillis(1), null, null);
        await().atMost(PATIENCE).until(() -> "HANDLED".equals(status(now)));
        assertThat(status(later)).isEqualTo("FAILED");
        jdbc.update("update inbound_message set next_attempt_at = null where id = ?", later);
    }

    @Test
    void aMessageADeadInstanceWasHandlingIsTakenOverOnceItsLeaseRunsOut() {
        Instant expired = Instant.now().minusMillis(1);
        long orphan = stored("HANDLING", 1, null, "dead-instance", expired);
        long heldElsewhere = stored("HANDLING", 1, null, "live-instance", Instant.now().plus(Duration.ofHours(1)));

        await().atMost(PATIENCE).until(() -> "HANDLED".equals(status(orphan)));
        log.info("FAULT inbound lease: a message a dead instance was handling handled {} ms after its lease ran out",
                Duration.between(expired, Instant.now()).toMillis());
        await().atMost(PATIENCE).until(() -> fakeSms.sentTo(resident.getPhone().e164()).size() == 1);
        assertThat(status(heldElsewhere)).isEqualTo("HANDLING");
        jdbc.update("update inbound_message set status = 'HANDLED' where id = ?", heldElsewhere);
    }
}
