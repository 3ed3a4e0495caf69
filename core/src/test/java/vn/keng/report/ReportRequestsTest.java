package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.testing.CoreTest;

/** Report requests per person go through the platform's limiter: 5 in 10 minutes by default, per person. */
@CoreTest
class ReportRequestsTest {

    @Autowired ReportRequests requests;

    @Test
    void theSixthRequestWithinTheWindowIsRefusedAndAnotherPersonIsNotHeldBack() {
        long person = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        for (int i = 1; i <= 5; i++) {
            assertThat(requests.tryAcquire(person)).as("request " + i).isTrue();
        }
        assertThat(requests.tryAcquire(person)).isFalse();
        assertThat(requests.tryAcquire(person + 1)).isTrue();
        assertThat(requests.retryMinutes()).isEqualTo(2);
    }
}
