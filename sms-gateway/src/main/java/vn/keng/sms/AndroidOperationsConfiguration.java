package vn.keng.sms;

import java.time.Clock;

import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.Notifications;
import vn.keng.registry.Communes;
import vn.keng.registry.People;

/**
 * The Android phones operated, in the application (it needs the database and the core): their signs
 * of life in the shared table, silence watched, officials told, webhooks registered and checked, and
 * the {@code androidGateway} health group.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ProviderInUse.Android.class)
class AndroidOperationsConfiguration {

    @Bean
    AndroidPhoneStates androidPhoneStates(JdbcTemplate jdbc) {
        return new AndroidPhoneStates(jdbc);
    }

    @Bean
    AndroidPhoneWatch androidPhoneWatch(AndroidPhoneStates states, SmsSettings settings, Clock clock) {
        return new AndroidPhoneWatch(states, settings.android().pingTimeout(), clock);
    }

    @Bean
    AndroidWebhookRegistrar androidWebhookRegistrar(AndroidPhones phones, AndroidApi api, SmsSettings settings,
            AndroidPhoneStates states, Clock clock) {
        return new AndroidWebhookRegistrar(phones, api, settings.android().publicBase(), settings.android().webhookCheck(),
                states, clock);
    }

    @Bean
    AndroidDownNotices androidDownNotices(AndroidPhones phones, AndroidPhoneWatch watch, AndroidPhoneStates states,
            Communes communes, People people, Notifications notifications, TransactionTemplate tx, Clock clock) {
        return new AndroidDownNotices(phones, watch, states, communes, people, notifications, tx, clock);
    }

    @Bean
    AndroidGatewayOperations androidGatewayOperations(AndroidPhones phones, AndroidPhoneStates states,
            AndroidWebhookRegistrar registrar, AndroidDownNotices notices, SmsSettings settings, Clock clock) {
        return new AndroidGatewayOperations(phones, states, registrar, notices, settings.android().watchInterval(),
                settings.android().webhookCheck(), clock);
    }

    @Bean
    AndroidGatewayMetrics androidGatewayMetrics(AndroidPhones phones, AndroidPhoneWatch watch, Clock clock) {
        return new AndroidGatewayMetrics(phones, watch, clock);
    }

    @Bean
    CompositeHealthContributor androidPhonesHealthContributor(AndroidPhones phones, AndroidPhoneWatch watch) {
        return AndroidHealth.contributor(phones, watch);
    }

    @Bean
    static HealthEndpointGroupsPostProcessor androidGatewayHealthGroup() {
        return AndroidHealth.groups();
    }
}
