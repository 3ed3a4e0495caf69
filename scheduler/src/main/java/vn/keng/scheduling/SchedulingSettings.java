package vn.keng.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the rounds are planned.
 *
 * @param planEvery how often every commune's next rounds are re-planned (the settings-changed
 *        event re-plans one commune at once; this is the safety net), default 5 minutes
 */
@ConfigurationProperties("keng.scheduling")
record SchedulingSettings(Duration planEvery) {

    SchedulingSettings {
        planEvery = planEvery == null ? Duration.ofMinutes(5) : planEvery;
        if (planEvery.toSeconds() < 10) {
            throw new IllegalArgumentException("keng.scheduling.plan-every must be at least 10 seconds");
        }
    }
}
