package vn.keng.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import redis.clients.jedis.UnifiedJedis;
import vn.keng.messaging.FallbackStates;
import vn.keng.testing.CoreTest;
import vn.keng.testing.RedisFaults;

/**
 * Writes to the shared store reach Redis only when the transaction that made them commits; claims
 * are immediate. Checked on the real (embedded, or -Pintegration) Redis through its own client.
 */
@CoreTest
class SharedKeysAfterCommitTest {

    private static final Duration TTL = Duration.ofMinutes(1);

    @Autowired SharedKeys keys;
    @Autowired Signals signals;
    @Autowired UnifiedJedis redis;
    @Autowired TransactionTemplate tx;
    @Autowired FallbackStates fallback;
    @Autowired RedisFaults.Switch redisSwitch;

    final String key = "test:" + UUID.randomUUID();

    @AfterEach
    void restore() {
        redisSwitch.restore();
    }

    Map<String, String> inRedis() {
        return redis.hgetAll("keng:" + key);
    }

    @Test
    void aWriteInARolledBackTransactionNeverReachesRedis() {
        tx.executeWithoutResult(status -> {
            keys.put(key, Map.of("step", "1"), TTL, () -> { });
            assertThat(keys.get(key)).as("the transaction sees its own write").containsEntry("step", "1");
            status.setRollbackOnly();
        });
        assertThat(inRedis()).isEmpty();
        assertThat(keys.get(key)).isEmpty();
    }

    @Test
    void aWriteInACommittedTransactionReachesRedisAfterTheCommit() {
        keys.put(key, Map.of("step", "1"), TTL, () -> { });
        tx.executeWithoutResult(status -> {
            keys.put(key, Map.of("step", "2"), TTL, () -> { });
            assertThat(inRedis()).as("not before the commit").containsEntry("step", "1");
        });
        assertThat(inRedis()).containsEntry("step", "2");
        assertThat(redis.ttl("keng:" + key)).isBetween(1L, 60L);

        tx.executeWithoutResult(status -> {
            keys.remove(key);
            assertThat(keys.get(key)).isEmpty();
            assertThat(inRedis()).isNotEmpty();
        });
        assertThat(inRedis()).isEmpty();
    }

    @Test
    void aClaimIsImmediateWhateverBecomesOfTheTransaction() {
        tx.executeWithoutResult(status -> {
            assertThat(keys.putIfAbsent(key, "mine", TTL)).isTrue();
            assertThat(redis.get("keng:" + key)).isEqualTo("mine");
            assertThat(keys.putIfAbsent(key, "theirs", TTL)).isFalse();
            status.setRollbackOnly();
        });
        assertThat(redis.get("keng:" + key)).isEqualTo("mine");
        tx.executeWithoutResult(status -> {
            keys.removeNow(key);
            assertThat(redis.exists("keng:" + key)).isFalse();
            status.setRollbackOnly();
        });
    }

    @Test
    void whenRedisCannotTakeACommittedWriteTheFallbackIsWrittenInATransactionOfItsOwn() {
        redisSwitch.cut();
        tx.executeWithoutResult(status -> {
            keys.put(key, Map.of("step", "1"), TTL, () -> fallback.save(key, Map.of("step", "rolled back"), TTL));
            status.setRollbackOnly();
        });
        assertThat(fallback.load(key)).isEmpty();
        tx.executeWithoutResult(status -> keys.put(key, Map.of("step", "2"), TTL,
                () -> fallback.save(key, Map.of("step", "2"), TTL)));
        assertThat(fallback.load(key)).hasValueSatisfying(state -> assertThat(state).containsEntry("step", "2"));
    }

    @Test
    void aSignalIsPublishedOnlyWhenItsTransactionCommits() throws Exception {
        String topic = "test-topic:" + UUID.randomUUID();
        List<String> received = new CopyOnWriteArrayList<>();
        try (AutoCloseable subscription = signals.subscribe(topic, received::add)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                signals.publish(topic, "ready");
                return received.contains("ready");
            });
            tx.executeWithoutResult(status -> {
                signals.publish(topic, "rolled back");
                status.setRollbackOnly();
            });
            tx.executeWithoutResult(status -> signals.publish(topic, "committed"));
            await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("committed"));
            assertThat(received).doesNotContain("rolled back");
        }
    }
}
