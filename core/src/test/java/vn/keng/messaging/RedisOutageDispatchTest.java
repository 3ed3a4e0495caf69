package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.registry.Person;
import vn.keng.registry.Village;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.RedisFaults;
import vn.keng.testing.TestPeople;

/**
 * The dispatcher without Redis: the rate limit falls back to a local limiter, claimed rows are sent
 * (never left SENDING), wake-ups fall back to polling, and when Redis returns nothing already
 * handed to a provider is sent again.
 */
@CoreTest
class RedisOutageDispatchTest {

    private static final Logger log = LoggerFactory.getLogger(RedisOutageDispatchTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired Notifications notifications;
    @Autowired OutboxQueries outbox;
    @Autowired FakeChannel fakeSms;
    @Autowired TestPeople testPeople;
    @Autowired TransactionTemplate tx;
    @Autowired RedisFaults.Switch redis;

    Village village;

    @BeforeEach
    void setUp() {
        fakeSms.reset();
        village = testPeople.village(testPeople.commune());
    }

    @AfterEach
    void tearDown() {
        redis.restore();
        fakeSms.reset();
    }

    @Test
    void alarmsQueuedWhileRedisIsDownAreSentOnceAndNoneIsLeftSending() {
        List<Person> people = IntStream.range(0, 30).mapToObj(i -> testPeople.person(village)).toList();
        List<Person> before = people.subList(0, 5);
        List<Person> during = people.subList(5, 30);
        List<Long> sentBefore = queue(before, Priority.ALARM);
        await().atMost(PATIENCE).until(() -> sentBefore.stream().allMatch(id -> status(id) == OutboxStatus.SENT));

        redis.cut();
        Instant cut = Instant.now();
        List<Long> alarms = queue(during, Priority.ALARM);
        List<Long> replies = queue(during.subList(0, 5), Priority.INFO);
        await().atMost(PATIENCE).until(() -> alarms.stream().allMatch(id -> status(id) == OutboxStatus.SENT)
                && replies.stream().allMatch(id -> status(id) == OutboxStatus.SENT));
        log.info("FAULT redis down: {} alarms and {} replies queued during the outage all sent within {} ms", alarms.size(),
                replies.size(), Duration.between(cut, Instant.now()).toMillis());

        redis.restore();
        List<Long> after = queue(before, Priority.INFO);
        await().atMost(PATIENCE).until(() -> after.stream().allMatch(id -> status(id) == OutboxStatus.SENT));
        for (Person person : before) {
            assertThat(fakeSms.sentTo(person.getPhone().e164())).as("one alarm before, one reply after").hasSize(2);
        }
        for (Person person : during) {
            int expected = during.indexOf(person) < 5 ? 2 : 1;
            assertThat(fakeSms.sentTo(person.getPhone().e164())).hasSize(expected);
        }
    }

    List<Long> queue(List<Person> people, Priority priority) {
        return tx.execute(s -> people.stream().map(p -> notifications.notify(p.getId(),
                Notice.of("conversation.help", Map.of(), priority)).get(0)).toList());
    }

    OutboxStatus status(long id) {
        return outbox.find(id).orElseThrow().status();
    }
}
