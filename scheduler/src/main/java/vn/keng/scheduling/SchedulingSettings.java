package vn.keng.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the rounds are planned.
 *
 * @param planEvery how often every commune's next rounds are re-planned (the settings-changed
 *        event re-plans one commune at once; this is the safety net), default 5 minutes
 * @param eventRetryAfter how long an event publication may stay incomplete before it is handed to
 *        its listener again (checked as often), default 1 minute
 */
@ConfigurationProperties("keng.scheduling")
record SchedulingSettings(Duration planEvery, Duration eventRetryAfter) {

    SchedulingSettings {
        planEvery = planEvery == null ? Duration.ofMinutes(5) : planEvery;
        eventRetryAfter = eventRetryAfter == null ? Duration.ofMinutes(1) : eventRetryAfter;
        if (eventRetryAfter.toSeconds() < 10) {
            throw new IllegalArgumentException("keng.scheduling.event-retry-after must be at least 10 seconds");
        }
        if (planEvery.toSeconds() < 10) {
            throw new IllegalArgumentException("keng.scheduling.plan-every must be at least 10 seconds");
        }
    }
}
