package vn.keng.sms;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import vn.keng.messaging.Priority;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.PhoneNumber;
import vn.keng.sms.ProviderFake.ProviderAnswer;

/** The contract every SMS provider passes, each against its own HTTP-level fake. */
class SmsProviderContractTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Clock CLOCK = Clock.systemUTC();

    enum Provider {
        TWILIO((w, c) -> new TwilioApiFake(w, c)),
        ANDROID((w, c) -> new AndroidGatewayFake(w, c)),
        CONSOLE((w, c) -> new ConsoleFake(c));

        final BiFunction<WireMockExtension, Clock, ProviderFake> fake;

        Provider(BiFunction<WireMockExtension, Clock, ProviderFake> fake) {
            this.fake = fake;
        }
    }

    static Stream<Arguments> cases() {
        return Arrays.stream(Provider.values()).flatMap(p -> Stream.of(
                Arguments.of(p, ProviderAnswer.ACCEPTED, SendOutcome.Sent.class),
                Arguments.of(p, ProviderAnswer.RATE_LIMITED, SendOutcome.RetryLater.class),
                Arguments.of(p, ProviderAnswer.SERVER_ERROR, SendOutcome.RetryLater.class),
                Arguments.of(p, ProviderAnswer.AUTH_REJECTED, SendOutcome.RetryLater.class),
                Arguments.of(p, ProviderAnswer.RECIPIENT_REFUSED, SendOutcome.PermanentFailure.class),
                Arguments.of(p, ProviderAnswer.HANGS, SendOutcome.RetryLater.class))
                .filter(a -> p.fake.apply(wm, CLOCK).stages((ProviderAnswer) a.get()[1])));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("cases")
    void translatesTheProvidersAnswer(Provider provider, ProviderAnswer answer, Class<? extends SendOutcome> expected) {
        ProviderFake fake = provider.fake.apply(wm, CLOCK);
        fake.stage(answer);
        OutgoingSms sms = new OutgoingSms(42, PhoneNumber.parse("0912345678"), "Nhac truc: danh keng 22:00. 1=Da danh",
                1, Priority.DUTY, null, 1);

        SendOutcome outcome = fake.provider().send(sms);

        assertThat(outcome).isInstanceOf(expected);
        if (outcome instanceof SendOutcome.Sent sent) {
            assertThat(sent.segments()).isEqualTo(1);
            fake.assertDelivered(sms, sent.providerMessageId());
        }
        if (outcome instanceof SendOutcome.RetryLater later) {
            assertThat(later.after()).isPositive();
            assertThat(later.reason()).isNotBlank();
            if (answer == ProviderAnswer.RATE_LIMITED && provider != Provider.CONSOLE) {
                assertThat(later.after()).as("the provider's Retry-After, to the second").isEqualTo(Duration.ofSeconds(2));
            }
        }
    }
}
