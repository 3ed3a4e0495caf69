package vn.keng.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.keng.messaging.ChannelType;

/** SMS and Telegram channels faked at the channel SPI, for core tests where no adapter is on the classpath. */
@TestConfiguration(proxyBeanMethods = false)
public class FakeChannels {

    @Bean
    FakeChannel fakeSms() {
        return new FakeChannel(ChannelType.SMS);
    }

    @Bean
    FakeChannel fakeTelegram() {
        return new FakeChannel(ChannelType.TELEGRAM);
    }
}
