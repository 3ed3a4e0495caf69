package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CallCostsTest {

    @Test
    void callsPlacedTimesThePricePerCallPlusMinutesTimesThePricePerMinuteToTheCent() {
        CallCosts costs = new CallCosts(new BigDecimal("0.1085"), new BigDecimal("0.0035"), "USD");
        assertThat(costs.of(10, 7)).isEqualTo(new BigDecimal("0.79")); // 0.035 + 0.7595 = 0.7945
        assertThat(costs.of(0, 0)).isEqualTo(new BigDecimal("0.00"));
        assertThat(new CallCosts(BigDecimal.ZERO, BigDecimal.ZERO, "VND").of(100, 100)).isEqualByComparingTo("0");
    }

    @Test
    void aNegativePriceStopsTheStartup() {
        assertThatThrownBy(() -> new CallCosts(new BigDecimal("-1"), BigDecimal.ZERO, "USD"))
                .hasMessageContaining("keng.voice.cost");
    }
}
