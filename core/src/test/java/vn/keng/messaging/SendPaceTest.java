package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.platform.Limiter;
import vn.keng.platform.TestLimiters;
import vn.keng.testing.CoreTest;
import vn.keng.testing.RedisFaults;

/**
 * A provider's pace (an Android phone: one SMS per interval) is one for every instance: a turn taken
 * through one instance's limiter is taken for another's (their own in-process cells know nothing of it);
 * without Redis each instance still keeps the pace locally.
 */
@CoreTest
class SendPaceTest {

    private static final Duration NOW = Duration.ZERO;

    @Autowired SendPace pace;
    @Autowired Limiter limiter;
    @Autowired MessagingSettings settings;
    @Autowired RedisFaults.Switch redis;

    @AfterEach
    void restore() {
        redis.restore();
    }

    @Test
    void aTurnTakenThroughOneInstanceIsTakenForAnother() throws Exception {
        String phone = "phone-" + UUID.randomUUID();
        SendPace otherInstance = new SharedSendPace(new RateLimiter(TestLimiters.anotherInstance(limiter)), settings);

        assertThat(pace.await(phone, 0.05, true, NOW)).isTrue();
        assertThat(otherInstance.await(phone, 0.05, true, NOW)).as("the phone's next turn is 20 s away").isFalse();
        assertThat(pace.await(phone, 0.05, false, NOW)).isFalse();
        assertThat(otherInstance.await("phone-" + UUID.randomUUID(), 0.05, false, NOW)).as("another phone").isTrue();
    }

    @Test
    void withoutRedisEachInstanceKeepsThePaceItself() throws Exception {
        String phone = "phone-" + UUID.randomUUID();
        redis.cut();
        assertThat(pace.await(phone, 0.05, true, NOW)).isTrue();
        assertThat(pace.await(phone, 0.05, true, NOW)).isFalse();
    }

    @Test
    void aSendWaitsForItsTurnWhenAllowedTo() throws Exception {
        String phone = "phone-" + UUID.randomUUID();
        assertThat(pace.await(phone, 20, true, NOW)).isTrue();
        assertThat(pace.await(phone, 20, true, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void nonAlarmSendsGetTheirTurnsOneAfterAnother() throws Exception {
        String phone = "phone-" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            assertThat(pace.await(phone, 20, false, Duration.ofSeconds(5))).as("turn " + i).isTrue();
        }
    }

    @Test
    void aNonAlarmSendGetsTheTurnAfterAnAlarmAtAPhonesPace() throws Exception {
        String phone = "phone-" + UUID.randomUUID();
        assertThat(pace.await(phone, 0.5, true, NOW)).isTrue();
        long start = System.nanoTime();
        assertThat(pace.await(phone, 0.5, false, Duration.ofSeconds(10))).isTrue();
        assertThat(pace.await(phone, 0.5, false, Duration.ofSeconds(10))).isTrue();
        org.slf4j.LoggerFactory.getLogger(SendPaceTest.class).info("two bulk turns after an alarm took {} ms",
                (System.nanoTime() - start) / 1_000_000);
    }
}
