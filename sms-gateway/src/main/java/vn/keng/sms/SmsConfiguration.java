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
        return new SmsChannelSender(providers, settings, channelRate(settings), clock);
    }

    /**
     * With the phones as the default route, the channel's rate is their paces together (each phone's own
     * pace is kept by the provider); otherwise the dispatcher's {@code keng.messaging.sms-rate}.
     */
    static double channelRate(SmsSettings settings) {
        if (settings.provider() != ProviderKind.ANDROID) {
            return 0;
        }
        double rate = 0;
        for (AndroidPhone phone : settings.android().requirePhones()) {
            if (phone.sendInterval().isZero()) {
                return 0;
            }
            rate += 1_000.0 / phone.sendInterval().toMillis();
        }
        return rate;
    }
}
