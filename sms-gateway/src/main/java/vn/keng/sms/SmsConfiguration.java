package vn.keng.sms;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.keng.messaging.DeliveryReports;
import vn.keng.messaging.InboundMessages;

/** The SMS channel: settings, the console provider (always there for the simulator) and the channel sender. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsSettings.class)
class SmsConfiguration {

    @Bean
    SmsConsole smsConsole(SmsSettings settings) {
        return new SmsConsole(settings.consoleKeep());
    }

    @Bean
    ConsoleProvider consoleProvider(SmsConsole console, Clock clock) {
        return new ConsoleProvider(console, clock);
    }

    @Bean
    InboundSms inboundSms(ObjectProvider<InboundMessages> inbound, ObjectProvider<DeliveryReports> reports) {
        return new InboundSms(inbound, reports);
    }

    @Bean
    SmsChannelSender smsChannelSender(List<SmsProvider> providers, SmsSettings settings, Clock clock) {
        double rate = settings.provider() == ProviderKind.ANDROID && !settings.android().sendInterval().isZero()
                ? 1_000.0 / settings.android().sendInterval().toMillis()
                : 0;
        return new SmsChannelSender(providers, settings, rate, clock);
    }
}
