package vn.keng.sms;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.twilio.http.TwilioRestClient;

import vn.keng.messaging.Templates;
import vn.keng.registry.People;

/**
 * The voice channel (Twilio Voice), only with {@code keng.voice.enabled=true}; its settings and the
 * Twilio account's credentials are checked at startup. Calls use the application's
 * {@code TwilioRestClient}: the SMS provider's when a route names Twilio, else one made here from the
 * same account settings ({@code keng.sms.twilio.account-sid}, {@code auth-token}, {@code api-url},
 * {@code timeout}) the same way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("keng.voice.enabled")
@EnableConfigurationProperties(VoiceSettings.class)
class VoiceConfiguration {

    @Bean
    VoiceTwiml voiceTwiml(VoiceSettings voice, SmsSettings sms, Templates templates) {
        return new VoiceTwiml(voice.requireComplete(sms.twilio()), templates);
    }

    @Bean
    VoiceChannelSender voiceChannelSender(TwilioRestClient client, VoiceSettings voice, SmsSettings sms,
            VoiceTwiml twiml, People people, Clock clock) {
        return new VoiceChannelSender(client, voice.requireComplete(sms.twilio()), twiml, people, clock);
    }

    /**
     * The Twilio client when no SMS route uses Twilio (otherwise {@link TwilioConfiguration} has made it).
     * Component scanning finds this class on its own: it repeats the outer class's condition.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("keng.voice.enabled")
    @Conditional(SmsNotOnTwilio.class)
    static class VoiceOnlyClient {

        @Bean
        TwilioRestClient twilioRestClient(VoiceSettings voice, SmsSettings sms) {
            TwilioSettings twilio = sms.twilio();
            voice.requireComplete(twilio);
            return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
                    .httpClient(new TwilioHttpClient(twilio.apiUrl(), twilio.timeout()))
                    .build();
        }
    }

    /** Matches when neither the default route nor a prefix route names Twilio for SMS. */
    static final class SmsNotOnTwilio implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !SmsRoutes.inUse(context.getEnvironment()).contains(ProviderKind.TWILIO);
        }
    }
}
