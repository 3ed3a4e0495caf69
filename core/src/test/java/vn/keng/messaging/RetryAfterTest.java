package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/**
 * A provider's retry-after is honoured to the second: the next attempt is scheduled at the hint,
 * not at the general exponential back-off (which, at this row's attempt, is several times longer).
 */
@CoreTest
class RetryAfterTest {

    @Autowired FakeChannel fakeSms;
    @Autowired OutboxQueries outbox;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void reset() {
        fakeSms.reset();
    }

    @Test
    void anAlarmRetriesAtTheProvidersRetryAfterNotTheGeneralBackoff() {
        String address = TestPeople.newPhone().e164();
        List<Instant> attempts = new CopyOnWriteArrayList<>();
        List<Instant> scheduled = new CopyOnWriteArrayList<>();
        fakeSms.answerWith(e -> {
            if (!e.address().equals(address)) {
                return null;
            }
            attempts.add(Instant.now());
            if (attempts.size() == 1) {
                return SendOutcome.retryLater(Duration.ofSeconds(1), "429 Too Many Requests, Retry-After: 1");
            }
            scheduled.add(jdbc.queryForObject("select next_attempt_at from outbound_message where id = ?",
                    Timestamp.class, e.outboxId()).toInstant());
            return null;
        });
        // Six attempts behind it: the general back-off (base x 2^6, the test base being 50 ms) is about 3.2 s.
        long id = pending(address, Priority.ALARM, 6);

        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.find(id).orElseThrow().status() == OutboxStatus.SENT);
        Duration planned = Duration.between(attempts.get(0), scheduled.get(0));
        assertThat(planned).as("next attempt planned after the first").isBetween(Duration.ofSeconds(1),
                Duration.ofMillis(1900));
        assertThat(attempts.get(1)).isAfterOrEqualTo(attempts.get(0).plusSeconds(1));
    }

    long pending(String address, Priority priority, int attempts) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into outbound_message (channel, address, text, priority, status, "
                    + "attempts, next_attempt_at, created_at) values ('SMS', ?, 'BAO DONG chay (retry-after test)', ?, "
                    + "'PENDING', ?, ?, ?)", new String[] {"id"});
            ps.setString(1, address);
            ps.setShort(2, (short) priority.ordinal());
            ps.setInt(3, attempts);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
