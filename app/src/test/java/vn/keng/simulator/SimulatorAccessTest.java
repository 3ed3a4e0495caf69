package vn.keng.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The simulator is open only beside no real provider; voice calls and a Zalo bot are ones. */
class SimulatorAccessTest {

    @Test
    void openOnTheEmbeddedDefaultLockedWhenCallsWouldRingRealPhones() {
        assertThat(SimulatorAccess.of(new MockEnvironment()).open()).isTrue();
        assertThat(SimulatorAccess.of(new MockEnvironment().withProperty("keng.voice.enabled", "false")).open()).isTrue();
        SimulatorAccess voice = SimulatorAccess.of(new MockEnvironment().withProperty("keng.voice.enabled", "true"));
        assertThat(voice.open()).isFalse();
        assertThat(voice.realProviders()).containsExactly("Twilio Voice calls");
    }

    @Test
    void lockedBesideARealZaloBot() {
        assertThat(SimulatorAccess.of(new MockEnvironment().withProperty("keng.zalo.mode", "off")).open()).isTrue();
        SimulatorAccess zalo = SimulatorAccess.of(new MockEnvironment().withProperty("keng.zalo.mode", "polling"));
        assertThat(zalo.open()).isFalse();
        assertThat(zalo.realProviders()).containsExactly("Zalo (polling)");
    }

    @Test
    void lockedWhenACommuneHasARouteToARealProvider() {
        assertThat(SimulatorAccess.of(new MockEnvironment().withProperty("keng.sms.commune-routes.7", "console")).open())
                .isTrue();
        SimulatorAccess commune = SimulatorAccess.of(new MockEnvironment().withProperty("keng.sms.commune-routes.7",
                "android,twilio"));
        assertThat(commune.open()).isFalse();
        assertThat(commune.realProviders()).containsExactly("SMS route of commune 7 android", "SMS route of commune 7 twilio");
    }
}
