package vn.keng.incident;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the core calls alarm recipients who have not answered ({@code keng.voice.*}, the part the
 * core decides; the provider's settings under the same prefix belong to the voice channel in
 * sms-gateway, which exists only with {@code keng.voice.enabled=true}).
 *
 * @param alarmAfter a recipient who has not answered "coming" or "cannot" this long after their alarm was
 *        queued is called
 * @param maxCalls calls per incident at most (the first recipients alarmed first)
 * @param alarmWindow alarms queued longer ago than alarm-after plus this are not called any more (a service
 *        that was down does not ring people about a fire of hours ago)
 * @param sweep how often the calling sweep runs
 */
@ConfigurationProperties("keng.voice")
record CallSettings(
        @DefaultValue("PT90S") Duration alarmAfter,
        @DefaultValue("10") int maxCalls,
        @DefaultValue("PT30M") Duration alarmWindow,
        @DefaultValue("PT10S") Duration sweep) {
}
