package vn.keng.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

/** The console provider has no remote side: it only ever accepts. */
class ConsoleFake implements ProviderFake {

    private final SmsConsole console = new SmsConsole(5);
    private final Clock clock;

    ConsoleFake(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SmsProvider provider() {
        return new ConsoleProvider(console, clock);
    }

    @Override
    public boolean stages(ProviderAnswer answer) {
        return answer == ProviderAnswer.ACCEPTED;
    }

    @Override
    public void stage(ProviderAnswer answer) {
    }

    @Override
    public void assertDelivered(OutgoingSms sms, String providerId) {
        assertThat(console.recentTo(sms.to())).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(providerId);
            assertThat(m.text()).isEqualTo(sms.text());
            assertThat(m.segments()).isEqualTo(sms.segments());
        });
    }
}
