package vn.keng.report;

import java.math.BigDecimal;

/**
 * The phone calls of a period (alarm and duty calls through Twilio Voice) to a row's people.
 *
 * @param made calls placed (handed to the provider) in the period
 * @param answered keys pressed in a call (1 or 2: the callee answered the question)
 * @param completed calls picked up
 * @param busy calls that found the line busy
 * @param noAnswer calls nobody picked up
 * @param failed calls that failed or were canceled
 * @param minutes minutes billed (every started minute of a call picked up)
 * @param cost {@code keng.voice.cost}: calls placed times the price per call, plus minutes times the price per minute
 */
public record CallFigures(int made, int answered, int completed, int busy, int noAnswer, int failed, long minutes,
        BigDecimal cost) {

    public static final CallFigures NONE = new CallFigures(0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2));

    public CallFigures plus(CallFigures o) {
        return new CallFigures(made + o.made, answered + o.answered, completed + o.completed, busy + o.busy,
                noAnswer + o.noAnswer, failed + o.failed, minutes + o.minutes, cost.add(o.cost));
    }
}
