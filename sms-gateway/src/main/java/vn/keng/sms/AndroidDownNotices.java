package vn.keng.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.registry.Commune;
import vn.keng.registry.Communes;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Role;

/**
 * Tells the officials (UBND xã) of the communes a phone serves, once, when it goes silent, and once
 * when it is heard again. The notice is a duty message: SMS and every linked chat at once, the SMS
 * going by the route's other providers or phones (the silent one is skipped), so it arrives by another
 * route than the phone it is about. Which instance tells is settled in the database (the first to mark
 * the phone down).
 */
class AndroidDownNotices {

    private static final Logger log = LoggerFactory.getLogger(AndroidDownNotices.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM");
    static final Duration NOTICE_VALIDITY = Duration.ofHours(2);

    private final AndroidPhones phones;
    private final AndroidPhoneWatch watch;
    private final AndroidPhoneStates states;
    private final Communes communes;
    private final People people;
    private final Notifications notifications;
    private final TransactionTemplate tx;
    private final Clock clock;

    AndroidDownNotices(AndroidPhones phones, AndroidPhoneWatch watch, AndroidPhoneStates states, Communes communes,
            People people, Notifications notifications, TransactionTemplate tx, Clock clock) {
        this.phones = phones;
        this.watch = watch;
        this.states = states;
        this.communes = communes;
        this.people = people;
        this.notifications = notifications;
        this.tx = tx;
        this.clock = clock;
    }

    void sweep() {
        for (AndroidPhone phone : phones.all()) {
            try {
                Instant since = watch.silentSince(phone.name());
                if (since != null) {
                    AndroidPhoneStates.State state = watch.states().get(phone.name());
                    Instant lastSeen = state == null ? null : state.lastSeenAt();
                    Integer told = tx.execute(s -> states.claimDownNotice(phone.name(), since, clock.instant())
                            ? tell(phone, "sms.gateway.down", since, lastSeen) : null);
                    if (told != null) {
                        log.error("Android phone {} silent since {} (last heard {}): its SMS go by the route's other "
                                + "providers; {} notices to officials queued", phone.name(), since, lastSeen, told);
                        watch.refresh();
                    }
                } else {
                    Integer told = tx.execute(s -> states.claimBackNotice(phone.name())
                            ? tell(phone, "sms.gateway.back", null, null) : null);
                    if (told != null) {
                        log.info("Android phone {} heard again; {} notices to officials queued", phone.name(), told);
                        watch.refresh();
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Android phone {}: silence check failed ({}); next sweep", phone.name(), e.toString());
            }
        }
    }

    private int tell(AndroidPhone phone, String template, Instant since, Instant lastSeen) {
        List<Commune> served = phone.communes().isEmpty() ? communes.findAll() : communes.findAllById(phone.communes());
        int queued = 0;
        Instant now = clock.instant();
        for (Commune commune : served) {
            ZoneId zone = commune.getTimeZone();
            Map<String, Object> params = Map.of("phone", phone.name(),
                    "minutes", since == null ? 0 : Duration.between(since, now).toMinutes(),
                    "lastSeen", lastSeen == null ? "-" : TIME.format(lastSeen.atZone(zone)));
            Notice notice = Notice.of(template, params, Priority.DUTY).withValidUntil(now.plus(NOTICE_VALIDITY));
            for (Person official : people.findByCommuneIdAndRole(commune.getId(), Role.OFFICIAL)) {
                queued += notifications.notify(official.getId(), notice).size();
            }
        }
        return queued;
    }
}
