package vn.keng.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inbound pipeline and the dispatcher ({@code keng.messaging.*}).
 *
 * @param dedupeTtl how long a provider message id is remembered in Redis (the database keeps it for ever)
 * @param inboundPerMinute messages one sender may send per minute before the service stops answering
 * @param workers sender threads per channel for non-alarm messages
 * @param alarmWorkers sender threads per channel reserved for alarms
 * @param batchSize rows a worker claims at once
 * @param sweepInterval how often workers look for due rows without being woken
 * @param maxAttempts attempts before a message counts as failed
 * @param backoffBase the first retry delay; it doubles each attempt, with jitter
 * @param backoffMax the longest retry delay
 * @param lease how long a claim (an outbox row being sent, an inbound message being handled) holds without
 *        being renewed; the claiming instance renews it while the work is in flight, and any instance
 *        takes over a row whose lease ran out (its instance died)
 * @param inboundMaxAttempts handlings of an inbound message before it stays FAILED for operators
 * @param smsRate SMS per second across all instances, unless the SMS sender says otherwise
 * @param telegramRate Telegram messages per second across all instances (Telegram allows about 30)
 * @param simulatorRate simulator messages per second
 * @param alarmReserve the share of each channel's rate that non-alarm traffic may not take
 * @param journalDir where the journal of accepted sends is kept (empty: {@code <keng.data-dir>/journal})
 */
@ConfigurationProperties("keng.messaging")
record MessagingSettings(
        @DefaultValue("P2D") Duration dedupeTtl,
        @DefaultValue("20") int inboundPerMinute,
        @DefaultValue("4") int workers,
        @DefaultValue("2") int alarmWorkers,
        @DefaultValue("20") int batchSize,
        @DefaultValue("PT1S") Duration sweepInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT5S") Duration backoffBase,
        @DefaultValue("PT10M") Duration backoffMax,
        @DefaultValue("PT5S") Duration lease,
        @DefaultValue("8") int inboundMaxAttempts,
        @DefaultValue("10") double smsRate,
        @DefaultValue("30") double telegramRate,
        @DefaultValue("200") double simulatorRate,
        @DefaultValue("0.2") double alarmReserve,
        String journalDir) {

    double defaultRate(ChannelType channel) {
        return switch (channel) {
            case SMS -> smsRate;
            case TELEGRAM -> telegramRate;
            case SIMULATOR -> simulatorRate;
            case VOICE -> 1; // the voice sender declares its own (keng.voice.calls-per-second)
            case ZALO -> 20; // the Zalo sender declares its own (keng.zalo.rate-per-second)
        };
    }
}
