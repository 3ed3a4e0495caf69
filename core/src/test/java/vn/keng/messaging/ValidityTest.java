package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The one expiry rule: valid until an instant means not sendable from that instant on. */
class ValidityTest {

    private final Instant now = Instant.parse("2026-11-29T15:00:00Z");

    @Test
    void noLimitNeverExpiresAndTheLastInstantIsAlreadyTooLate() {
        assertThat(Validity.expired(null, now)).isFalse();
        assertThat(Validity.expired(now.plusMillis(1), now)).isFalse();
        assertThat(Validity.expired(now, now)).isTrue();
        assertThat(Validity.expired(now.minusSeconds(1), now)).isTrue();
    }

    @Test
    void theSecondsLeftAreWholeSeconds() {
        assertThat(Validity.secondsLeft(now.plusMillis(1999), now)).isEqualTo(1);
        assertThat(Validity.secondsLeft(now.plusMillis(999), now)).isZero();
    }
}
