package vn.keng.sms;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Android SIM gateway provider, created only when a route names it; its settings are checked at startup. */
@Configuration(proxyBeanMethods = false)
@Conditional(ProviderInUse.Android.class)
class AndroidConfiguration {

    @Bean
    AndroidGatewayProvider androidGatewayProvider(SmsSettings settings, Clock clock) {
        return new AndroidGatewayProvider(settings.android().requireComplete(), clock);
    }

    @Bean
    AndroidSignatures androidSignatures(SmsSettings settings, Clock clock) {
        AndroidSettings android = settings.android().requireComplete();
        return new AndroidSignatures(android.signingKey(), android.signatureTolerance(), clock);
    }
}
