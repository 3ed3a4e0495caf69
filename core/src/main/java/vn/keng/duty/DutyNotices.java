package vn.keng.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Correlation;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;

/** The duty module's messages: which template, which parameters, which options, which priority. */
@Component
class DutyNotices {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** How an alarm is struck when the village's signal table has no ALARM or FIRE line. */
    static final String DEFAULT_ALARM_SIGNAL = "liên hồi, dồn dập";

    private final Notifications notifications;

    DutyNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The reminder, its repeat, the backup's request and the escalations: all may be answered "done". */
    List<Long> ask(Long personId, String template, NightlyDuty duty, Map<String, ?> params) {
        Notice notice = new Notice(template, params, List.of(
                new Notice.Option("duty.option.done", "duty:done:" + duty.getId()),
                new Notice.Option("duty.option.cannot", "duty:cannot:" + duty.getId())),
                Priority.DUTY, Correlation.duty(duty.getId()), null, List.of());
        return notifications.notify(personId, template.equals("duty.reminder") || template.equals("duty.takeover")
                ? notice.withValidUntil(duty.getDeadlineAt()) : notice);
    }

    /**
     * Calls the person on duty: their phone rings and the night's question is spoken, "1" = struck,
     * "2" = cannot, answered like the SMS. Nothing when no voice channel is configured or the person
     * has no phone.
     *
     * @param validUntil after this the call is not placed any more (still queued behind other calls)
     */
    List<Long> call(Long personId, NightlyDuty duty, Map<String, ?> params, Instant validUntil) {
        if (!notifications.canCall()) {
            return List.of();
        }
        return notifications.call(personId, new Notice("duty.call", params, List.of(
                new Notice.Option("duty.option.done", "duty:done:" + duty.getId()),
                new Notice.Option("duty.option.cannot", "duty:cannot:" + duty.getId())),
                Priority.DUTY, Correlation.duty(duty.getId()), validUntil, List.of()));
    }

    /** Something a village head or an official must know; no answer expected. */
    List<Long> tell(Long personId, String template, Map<String, ?> params, Long dutyId) {
        Notice notice = Notice.of(template, params, Priority.DUTY);
        return notifications.notify(personId, dutyId == null ? notice : notice.withCorrelation(Correlation.duty(dutyId)));
    }

    /** A message for everyone in a village (info priority: opt-outs are respected). */
    List<Long> inform(Long personId, String template, Map<String, ?> params) {
        return notifications.notify(personId, Notice.info(template, params));
    }

    /** Asks the backup to take tonight's duty over from the striker. */
    List<Long> askSwap(Long backupId, Long gongPointId, LocalDate night, Map<String, ?> params) {
        String key = gongPointId + ":" + night.toString().replace("-", "");
        Notice notice = Notice.of("duty.swap_ask", params, Priority.DUTY).withOptions(List.of(
                new Notice.Option("duty.option.take", "duty:take:" + key),
                new Notice.Option("duty.option.decline", "duty:decline:" + key)));
        return notifications.notify(backupId, notice);
    }

    static Notice reply(String template, Map<String, ?> params) {
        return Notice.of(template, params, Priority.DUTY);
    }

    static Map<String, Object> params(String village, String gongPoint, Instant gongAt, ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        params.put("village", village);
        params.put("gongPoint", gongPoint);
        params.put("time", TIME.format(LocalTime.ofInstant(gongAt, zone)));
        return params;
    }

    /** The person answered the night's question (on any channel): their copies not sent yet are skipped. */
    void answered(Long personId, Long dutyId) {
        if (personId != null && dutyId != null) {
            notifications.answered(personId, Correlation.duty(dutyId));
        }
    }
}
