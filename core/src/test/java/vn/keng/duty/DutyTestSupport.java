package vn.keng.duty;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.keng.registry.People;

/** The test clock and the recording notifications (until the messaging core is merged). */
@TestConfiguration(proxyBeanMethods = false)
public class DutyTestSupport {

    @Bean
    @Primary
    public MutableClock testClock() {
        return new MutableClock();
    }

    /** Primary, so that these tests keep recording after the real Notifications is merged; switch them then. */
    @Bean
    @Primary
    public RecordingNotifications recordingNotifications(People people) {
        return new RecordingNotifications(people);
    }
}
