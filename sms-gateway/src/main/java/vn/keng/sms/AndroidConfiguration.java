package vn.keng.sms;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import vn.keng.messaging.SendPace;

/**
 * The Android SIM gateway provider, created only when a route names it; its phones' settings are
 * checked at startup. The pace is the core's, shared by every instance (a local one where the module
 * runs alone); silent phones are known from {@link AndroidOperationsConfiguration} where it runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ProviderInUse.Android.class)
class AndroidConfiguration {

    @Bean
    AndroidPhones androidPhones(SmsSettings settings) {
        return new AndroidPhones(settings.android().requirePhones());
    }

    @Bean
    AndroidApi androidApi(SmsSettings settings) {
        return new AndroidApi(settings.android().timeout());
    }

    @Bean
    AndroidGatewayProvider androidGatewayProvider(AndroidPhones phones, AndroidApi api, SmsSettings settings,
            ObjectProvider<SendPace> pace, ObjectProvider<AndroidPhoneWatch> watch, Clock clock) {
        PhoneWatch silence = watch.getIfAvailable();
        return new AndroidGatewayProvider(phones, api, pace.getIfAvailable(LocalSendPace::new),
                silence == null ? PhoneWatch.NONE : silence, settings.android().alarmMaxWait(), clock);
    }

    @Bean
    AndroidSignatures androidSignatures(SmsSettings settings, Clock clock) {
        return new AndroidSignatures(settings.android().signatureTolerance(), clock);
    }
}
