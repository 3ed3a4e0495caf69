package vn.keng.duty;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the nightly round that are not the commune's own.
 *
 * @param digestTime when the morning digest leaves, commune-local time (default 06:30)
 */
@ConfigurationProperties("keng.duty")
record DutySettings(LocalTime digestTime) {

    DutySettings {
        digestTime = digestTime == null ? LocalTime.of(6, 30) : digestTime;
    }
}
