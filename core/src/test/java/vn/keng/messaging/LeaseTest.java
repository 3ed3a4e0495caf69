package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

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
 * Claims are short leases: rows a dead instance claimed go out once their lease runs out, a live
 * lease is left alone, and a send this instance handed to the provider is never sent again.
 * Another instance is simulated by rows written as claimed by another instance id.
 */
@CoreTest
class LeaseTest {

    private static final Logger log = LoggerFactory.getLogger(LeaseTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired OutboxQueries outbox;
    @Autowired FakeChannel fakeSms;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessagingInstance instance;
    @Autowired SendJournal journal;
    @Autowired MessagingSettings settings;
    @Autowired org.springframework.core.env.Environment env;

    @BeforeEach
    @AfterEach
    void reset() {
        fakeSms.reset();
    }

    /** An SMS row as an instance left it: SENDING, claimed by {@code claimedBy}, its lease ending at {@code leaseUntil}. */
    long claimedRow(String address, Priority priority, String claimedBy, Instant leaseUntil) {
        var keys = new GeneratedKeyHolder();
        Instant claimedAt = leaseUntil.minusSeconds(10);
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into outbound_message (channel, address, text, priority, status, "
                    + "attempts, next_attempt_at, created_at, claimed_at, claimed_by, lease_until) "
                    + "values ('SMS', ?, 'BAO DONG chay (lease test)', ?, 'SENDING', 1, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, address);
            ps.setShort(2, (short) priority.ordinal());
            ps.setTimestamp(3, Timestamp.from(claimedAt));
            ps.setTimestamp(4, Timestamp.from(claimedAt));
            ps.setTimestamp(5, Timestamp.from(claimedAt));
            ps.setString(6, claimedBy);
            ps.setTimestamp(7, Timestamp.from(leaseUntil));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    String phone() {
        return TestPeople.newPhone().e164();
    }

    OutboxStatus statusOf(long id) {
        return outbox.find(id).orElseThrow().status();
    }

    @Test
    void rowsOfADeadInstanceGoOutOnceTheirLeaseRunsOutAndALiveLeaseIsLeftAlone() {
        String alarmed = phone();
        String info = phone();
        String heldElsewhere = phone();
        Instant expired = Instant.now().minusMillis(1);
        long alarm = claimedRow(alarmed, Priority.ALARM, "dead-instance", expired);
        long infoRow = claimedRow(info, Priority.INFO, "dead-instance", expired);
        long live = claimedRow(heldElsewhere, Priority.ALARM, "live-instance", Instant.now().plus(Duration.ofHours(1)));

        await().atMost(PATIENCE).until(() -> statusOf(alarm) == OutboxStatus.SENT && statusOf(infoRow) == OutboxStatus.SENT);
        log.info("FAULT lease: rows of a dead instance sent {} ms after their lease ran out",
                Duration.between(expired, Instant.now()).toMillis());
        assertThat(fakeSms.sentTo(alarmed)).singleElement().satisfies(e -> {
            assertThat(e.possibleDuplicate()).isTrue(); // the dead instance may have handed it over
            assertThat(e.inDoubtSince().toEpochMilli()).isEqualTo(expired.minusSeconds(10).toEpochMilli()); // its claim
        });
        assertThat(fakeSms.sentTo(info)).hasSize(1);
        assertThat(statusOf(live)).isEqualTo(OutboxStatus.SENDING);
        assertThat(fakeSms.sentTo(heldElsewhere)).isEmpty();
        jdbc.update("update outbound_message set status = 'FAILED' where id = ?", live);
    }

    @Test
    void aSendThisInstanceHandedToTheProviderIsMarkedSentOnTakeoverNotSentAgain() {
        String address = phone();
        long id = claimedRow(address, Priority.ALARM, instance.id(), Instant.now().minusMillis(1));
        journal.accepted(id, "SM-accepted-before-the-cut", 1);

        await().atMost(PATIENCE).until(() -> statusOf(id) == OutboxStatus.SENT);
        assertThat(outbox.find(id).orElseThrow().providerMessageId()).isEqualTo("SM-accepted-before-the-cut");
        assertThat(fakeSms.sentTo(address)).isEmpty();
        assertThat(journal.size()).isZero();
    }

    @Test
    void anAcceptedSendWhoseStatusWriteFailedIsWrittenLaterFromTheJournal() {
        String address = phone();
        long id = claimedRow(address, Priority.ALARM, instance.id(), Instant.now().plus(Duration.ofSeconds(30)));
        journal.accepted(id, "SM-status-write-failed", 2);

        await().atMost(PATIENCE).until(() -> statusOf(id) == OutboxStatus.SENT);
        OutboxEntry row = outbox.find(id).orElseThrow();
        assertThat(row.providerMessageId()).isEqualTo("SM-status-write-failed");
        assertThat(row.segments()).isEqualTo(2);
        assertThat(fakeSms.sentTo(address)).isEmpty();
    }

    @Test
    void theJournalOfAStoppedInstanceIsAdoptedAndItsAcceptedSendsAreWrittenNotSentAgain() throws Exception {
        String address = phone();
        long id = claimedRow(address, Priority.ALARM, "stopped-instance", Instant.now().plus(Duration.ofHours(1)));
        JournalFile stopped = JournalFile.create(SendJournal.directory(settings, env), "stopped-instance:1:x");
        stopped.appendAccepted(java.util.List.of(new SendJournal.Accepted(id, "SM-before-the-crash", 1)));
        stopped.close(); // the process died: its journal stays, unlocked

        await().atMost(PATIENCE).until(() -> statusOf(id) == OutboxStatus.SENT);
        assertThat(outbox.find(id).orElseThrow().providerMessageId()).isEqualTo("SM-before-the-crash");
        assertThat(fakeSms.sentTo(address)).isEmpty();
        assertThat(stopped.path()).doesNotExist();
    }

    @Test
    void aSuccessfulSendLeavesNothingInTheJournal() {
        Person person = testPeople.person(testPeople.village(testPeople.commune()));
        long id = claimedRow(person.getPhone().e164(), Priority.INFO, "dead-instance", Instant.now().minusMillis(1));
        await().atMost(PATIENCE).until(() -> statusOf(id) == OutboxStatus.SENT);
        await().atMost(PATIENCE).until(() -> journal.acceptedSend(id).isEmpty());
    }

    @Test
    void aClaimRecordsTheInstanceAndALease() {
        Person person = testPeople.person(testPeople.village(testPeople.commune()));
        var seen = new java.util.concurrent.atomic.AtomicReference<java.util.Map<String, Object>>();
        fakeSms.answerWith(e -> {
            if (e.address().equals(person.getPhone().e164())) {
                seen.set(jdbc.queryForMap("select claimed_by, lease_until from outbound_message where id = ?",
                        e.outboxId()));
            }
            return null;
        });
        long id = claimedRow(person.getPhone().e164(), Priority.DUTY, "dead-instance", Instant.now().minusMillis(1));
        await().atMost(PATIENCE).until(() -> statusOf(id) == OutboxStatus.SENT);
        assertThat(fakeSms.sentTo(person.getPhone().e164())).hasSize(1);
        assertThat(seen.get()).containsEntry("claimed_by", instance.id());
        assertThat(seen.get().get("lease_until")).isNotNull();
    }
}
