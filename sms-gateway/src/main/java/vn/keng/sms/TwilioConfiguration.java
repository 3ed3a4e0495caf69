package vn.keng.sms;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.twilio.http.TwilioRestClient;
import com.twilio.security.RequestValidator;

/** The Twilio provider, created only when a route names it; its settings are checked at startup. */
@Configuration(proxyBeanMethods = false)
@Conditional(ProviderInUse.Twilio.class)
class TwilioConfiguration {

    @Bean
    TwilioRestClient twilioRestClient(SmsSettings settings) {
        TwilioSettings twilio = settings.twilio().requireComplete();
        return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
                .httpClient(new TwilioHttpClient(twilio.apiUrl(), twilio.timeout()))
                .build();
    }

    @Bean
    TwilioProvider twilioProvider(TwilioRestClient client, SmsSettings settings, Clock clock) {
        return new TwilioProvider(client, settings.twilio(), clock);
    }

    @Bean
    TwilioSignatures twilioSignatures(SmsSettings settings) {
        TwilioSettings twilio = settings.twilio().requireComplete();
        return new TwilioSignatures(new RequestValidator(twilio.authToken()), twilio.publicBase());
    }
}
