package vn.keng.sms;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS channel's settings under {@code keng.sms}.
 *
 * @param provider the default route: console, twilio or android
 * @param maxSegments the most segments one message may take; longer texts are shortened
 * @param routes ordered providers per country prefix ({@code keng.sms.routes.84=android,twilio})
 * @param communeRoutes ordered providers for a commune's people, by commune id
 *        ({@code keng.sms.commune-routes.12=android,twilio}), ahead of the country routes
 * @param consoleKeep how many messages the console provider keeps in memory
 */
@ConfigurationProperties("keng.sms")
record SmsSettings(@DefaultValue("console") ProviderKind provider, @DefaultValue("2") int maxSegments,
        Map<String, List<ProviderKind>> routes, @DefaultValue("200") int consoleKeep,
        @DefaultValue TwilioSettings twilio, @DefaultValue AndroidSettings android,
        Map<String, List<ProviderKind>> communeRoutes) {

    SmsSettings {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
        communeRoutes = communeRoutes == null ? Map.of() : Map.copyOf(communeRoutes);
        if (maxSegments < 1) {
            throw new IllegalStateException("keng.sms.max-segments must be at least 1, was " + maxSegments);
        }
    }
}
