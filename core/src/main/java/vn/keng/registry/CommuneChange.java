package vn.keng.registry;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A change of a commune's settings, every field optional (null: stays as it is): its name, the
 * nightly gong time and reminder lead, the escalation waits, its language and its SMS settings.
 */
public record CommuneChange(String name, String provinceName, ZoneId timeZone, LocalTime gongTime,
        Duration reminderLead, Duration confirmGrace, Duration backupAfter, Duration headAfter, Duration policeAfter,
        Duration closeAfter, Language language, Boolean smsUnicode, Boolean smsAlways) {

    /** The settings a new commune is created with (the rest take their defaults). */
    public static CommuneChange initial(ZoneId timeZone, LocalTime gongTime, Duration reminderLead,
            Language language) {
        return new CommuneChange(null, null, timeZone, gongTime, reminderLead, null, null, null, null, null,
                language, null, null);
    }

    boolean escalationChanged() {
        return confirmGrace != null || backupAfter != null || headAfter != null || policeAfter != null
                || closeAfter != null;
    }
}
