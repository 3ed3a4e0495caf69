package vn.keng.duty;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Correlation;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;

/** The patrol's messages: the reminder and the escalations (answered "TUAN TRA XONG" or 1), and replies. */
@Component
class PatrolNotices {

    static final String KIND = "PATROL";

    private final Notifications notifications;

    PatrolNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    /** A message that may be answered "done" (option 1), at duty priority. */
    List<Long> ask(Long personId, String template, PatrolNight patrol, Map<String, ?> params) {
        Notice notice = new Notice(template, params, List.of(
                new Notice.Option("patrol.option.done", "patrol:done:" + patrol.getId())),
                Priority.DUTY, new Correlation(KIND, patrol.getId()), null, List.of());
        return notifications.notify(personId, notice);
    }

    /** Something a village head must know; no answer expected. */
    List<Long> tell(Long personId, String template, Map<String, ?> params) {
        return notifications.notify(personId, Notice.of(template, params, Priority.DUTY));
    }

    void answered(Long personId, PatrolNight patrol) {
        notifications.answered(personId, new Correlation(KIND, patrol.getId()));
    }

    static Notice reply(String template, Map<String, ?> params) {
        return Notice.of(template, params, Priority.DUTY);
    }
}
