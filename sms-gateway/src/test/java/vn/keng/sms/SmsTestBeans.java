package vn.keng.sms;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The collaborators the SMS module needs from the core, for slice tests: a clock and recording fakes. */
@TestConfiguration(proxyBeanMethods = false)
class SmsTestBeans {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RecordingInboundMessages recordingInboundMessages() {
        return new RecordingInboundMessages();
    }

    @Bean
    RecordingDeliveryReports recordingDeliveryReports() {
        return new RecordingDeliveryReports();
    }
}
