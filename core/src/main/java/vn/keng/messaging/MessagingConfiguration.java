package vn.keng.messaging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the messaging settings and the recovery sweeps. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MessagingSettings.class, CallCosts.class})
@EnableScheduling
class MessagingConfiguration {
}
