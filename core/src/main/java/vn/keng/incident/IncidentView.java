package vn.keng.incident;

import java.time.Instant;
import java.util.List;

import vn.keng.messaging.ChannelType;

/**
 * An incident as the admin API and reports show it.
 *
 * @param reporters who reported it, first reporter first
 * @param alertedCount people whose alarm was queued on some channel
 * @param comingCount people whose latest answer is "coming"
 * @param timeline every step in time order; empty in lists, filled by {@link IncidentQueries#detail}
 * @param calls the phone calls about it, filled by {@link IncidentQueries#detail} (null in lists)
 */
public record IncidentView(long id, IncidentKind kind, IncidentStatus status, Long communeId, Long villageId,
        String village, Long groupId, String place, Double latitude, Double longitude, String photoRef,
        Instant reportedAt, ChannelType channel, List<Reporter> reporters, long alertedCount, int comingCount,
        Instant widenedAt, Instant closedAt, Long closedBy, List<Step> timeline, Calls calls) {

    /**
     * The incident's phone calls: placed (handed to the provider), answered by a key (1 or 2), picked up,
     * busy, not answered, failed or canceled, the minutes billed and their cost ({@code keng.voice.cost}).
     */
    public record Calls(int made, int answered, int completed, int busy, int noAnswer, int failed, long minutes,
            java.math.BigDecimal cost, String currency) {
    }

    /** One reporter: a known person, or an unknown address. */
    public record Reporter(Long personId, String name, String address, ChannelType channel, Instant reportedAt) {
    }

    /**
     * One step of the timeline.
     *
     * @param kind REPORTED, REPORTED_AGAIN, ALARMED, GONG_REQUESTED, ALARM_QUEUED, ALARM_SENT, ALARM_DELIVERED,
     *        ALARM_FAILED, ALARM_ANSWERED (a copy not sent: answered on another channel), ANSWER_COMING, ANSWER_CANNOT, COUNT_SENT, WIDENED, RESOLVED, FALSE_ALARM, CONFIRMED, DISMISSED...
     * @param personId who it concerns, if one person
     * @param channel the channel, for messages
     */
    public record Step(Instant at, String kind, String detail, Long personId, ChannelType channel) {
    }
}
