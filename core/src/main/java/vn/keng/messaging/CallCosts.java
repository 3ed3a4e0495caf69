package vn.keng.messaging;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What phone calls cost, for reports and incident timelines ({@code keng.voice.cost.*}): the
 * provider's price per started minute of a call picked up, and per call placed (a fee per attempt,
 * or the number's share), in one currency. Both 0 by default: the report then shows the minutes and
 * calls, and a cost of 0, until the commune enters its prices.
 *
 * @param perMinute price of one billed minute (Twilio bills connected calls per started minute)
 * @param perCall price of one call placed, picked up or not
 * @param currency the currency of both, as written in reports (USD for Twilio's invoices)
 */
@ConfigurationProperties("keng.voice.cost")
public record CallCosts(@DefaultValue("0") BigDecimal perMinute, @DefaultValue("0") BigDecimal perCall,
        @DefaultValue("USD") String currency) {

    public CallCosts {
        if (perMinute.signum() < 0 || perCall.signum() < 0) {
            throw new IllegalStateException("keng.voice.cost.per-minute and per-call must not be negative");
        }
    }

    /** The cost of so many calls placed and minutes billed, to the cent. */
    public BigDecimal of(long calls, long minutes) {
        return perCall.multiply(BigDecimal.valueOf(calls)).add(perMinute.multiply(BigDecimal.valueOf(minutes)))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
