package vn.keng.notice;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of village notices ({@code keng.notice.*}).
 *
 * @param maxLength the longest notice text, in characters (300: two SMS segments once without diacritics)
 * @param quietFrom from this time (the commune's) no notice goes by SMS...
 * @param quietUntil ...until this time the next morning; SMS copies wait for it
 * @param quietHours false to send notice SMS at any hour
 * @param repeatWindow a second notice from the same sender within this time is asked about again
 * @param confirmFor how long the confirmation question stays open
 */
@ConfigurationProperties("keng.notice")
record NoticeSettings(
        @DefaultValue("300") int maxLength,
        LocalTime quietFrom,
        LocalTime quietUntil,
        @DefaultValue("true") boolean quietHours,
        @DefaultValue("PT1M") Duration repeatWindow,
        @DefaultValue("PT30M") Duration confirmFor) {

    NoticeSettings {
        quietFrom = quietFrom == null ? LocalTime.of(21, 30) : quietFrom;
        quietUntil = quietUntil == null ? LocalTime.of(6, 0) : quietUntil;
        if (maxLength < 1 || maxLength > VillageNotice.TEXT_COLUMN) {
            throw new IllegalArgumentException("keng.notice.max-length must be 1-" + VillageNotice.TEXT_COLUMN);
        }
    }
}
