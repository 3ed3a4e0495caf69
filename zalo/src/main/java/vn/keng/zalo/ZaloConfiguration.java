package vn.keng.zalo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Zalo channel's beans, present only when {@code keng.zalo.mode} is not {@code off}: one
 * {@link ZaloBotApi} talking to {@code keng.zalo.api-url}, injected wherever a Bot API call is made.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ZaloEnabled.class)
@EnableConfigurationProperties(ZaloSettings.class)
class ZaloConfiguration {

    @Bean
    ZaloBotApi zaloBotApi(ZaloSettings settings) {
        return new ZaloBotApi(settings);
    }
}
