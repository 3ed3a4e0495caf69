package vn.keng.duty;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.keng.messaging.Notifications;

/**
 * The test clock and the recording notifications in front of the real ones. A context using it must
 * set {@code keng.messaging.dispatcher.enabled=false}: the outbox rows it writes are not its to send
 * (another context of the same JVM, on the same database, may be sending with a dispatcher). It needs
 * channel senders for the real notifications to find routes: {@code vn.keng.testing.FakeChannels} in the
 * core's and the scheduler's tests, the adapters in the app's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DutyTestSupport {

    @Bean
    @Primary
    public MutableClock testClock() {
        return new MutableClock();
    }

    /** Primary: the duty module's notices go through the recording, which hands them to the real service. */
    @Bean
    @Primary
    public RecordingNotifications recordingNotifications(@Qualifier("notificationService") Notifications real) {
        return new RecordingNotifications(real);
    }
}
