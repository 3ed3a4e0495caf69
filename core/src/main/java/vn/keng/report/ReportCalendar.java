package vn.keng.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.registry.Commune;
import vn.keng.registry.Communes;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Role;

/**
 * The reporting calendar: each village head is reminded before the villages' deadline (default 20/11)
 * unless the village has confirmed its figures, the officials before the commune's (default 30/11),
 * each once per deadline (a {@code report_reminder} row is the claim, so two instances or a repeated
 * firing send nothing twice); and a village head's "XAC NHAN BC 2026" confirms the village's figures
 * of the year, shown in the commune report.
 */
@Service
@Transactional
public class ReportCalendar {

    /** Reminders start this many days before a deadline (and run until the deadline day). */
    public static final int LEAD_DAYS = 5;
    static final String VILLAGE = "VILLAGE";
    static final String COMMUNE = "COMMUNE";

    private static final Logger log = LoggerFactory.getLogger(ReportCalendar.class);

    private final Communes communes;
    private final Registry registry;
    private final RegistryReads reads;
    private final People people;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportCalendar(Communes communes, Registry registry, RegistryReads reads, People people, Notifications notifications,
            JdbcTemplate jdbc, Clock clock) {
        this.communes = communes;
        this.registry = registry;
        this.reads = reads;
        this.people = people;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the scheduler calls (hourly): the reminders due now in every commune. @return reminders queued */
    public int remindDue() {
        int sent = 0;
        for (Commune commune : communes.findAll()) {
            sent += remindDue(commune);
        }
        return sent;
    }

    int remindDue(Commune commune) {
        LocalDate today = LocalDate.now(clock.withZone(commune.getTimeZone()));
        int sent = 0;
        LocalDate villageDeadline = due(commune.getVillageReportDeadline(), today);
        if (villageDeadline != null) {
            sent += remindHeads(commune, villageDeadline);
        }
        LocalDate communeDeadline = due(commune.getCommuneReportDeadline(), today);
        if (communeDeadline != null) {
            sent += remindOfficials(commune, communeDeadline);
        }
        return sent;
    }

    /** This year's deadline when today is within the lead before it (the deadline day included), else null. */
    static LocalDate due(MonthDay deadline, LocalDate today) {
        LocalDate date = deadline.atYear(today.getYear());
        return !today.isAfter(date) && !today.isBefore(date.minusDays(LEAD_DAYS)) ? date : null;
    }

    private int remindHeads(Commune commune, LocalDate deadline) {
        int year = deadline.getYear();
        Map<Long, String> villages = new HashMap<>();
        reads.villages(commune.getId()).forEach(v -> villages.put(v.getId(), v.getName()));
        Set<Long> confirmed = confirmedVillages(year, villages.keySet());
        int sent = 0;
        for (Map.Entry<Long, String> village : villages.entrySet()) {
            if (confirmed.contains(village.getKey())) {
                continue;
            }
            for (Long head : withRole(commune.getId(), Role.VILLAGE_HEAD, village.getKey())) {
                if (claim(head, deadline, VILLAGE, commune.getId())) {
                    notifications.notify(head, Notice.of("calendar.village_reminder", Map.of("village", village.getValue(),
                            "deadline", day(deadline), "year", year), Priority.REPORT));
                    sent++;
                }
            }
        }
        return sent;
    }

    private int remindOfficials(Commune commune, LocalDate deadline) {
        int year = deadline.getYear();
        Set<Long> ids = new java.util.HashSet<>();
        reads.villages(commune.getId()).forEach(v -> ids.add(v.getId()));
        int villages = ids.size();
        int confirmed = confirmedVillages(year, ids).size();
        int sent = 0;
        for (Long official : withRole(commune.getId(), Role.OFFICIAL, null)) {
            if (claim(official, deadline, COMMUNE, commune.getId())) {
                notifications.notify(official, Notice.of("calendar.commune_reminder", Map.of("deadline", day(deadline),
                        "year", year, "confirmed", confirmed, "villages", villages), Priority.REPORT));
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Report deadline {} of commune {}: {} official(s) reminded", deadline, commune.getId(), sent);
        }
        return sent;
    }

    /** The villages among these that confirmed their figures of the year (report's own table). */
    private Set<Long> confirmedVillages(int year, Set<Long> villageIds) {
        Set<Long> confirmed = new java.util.HashSet<>(jdbc.queryForList(
                "select village_id from report_confirmation where report_year = ?", Long.class, year));
        confirmed.retainAll(villageIds);
        return confirmed;
    }

    private List<Long> withRole(long communeId, Role role, Long villageId) {
        return (villageId == null ? people.findByCommuneIdAndRole(communeId, role)
                : people.findByVillageIdAndRole(villageId, role)).stream().map(Person::getId).sorted().toList();
    }

    /** Once per person, deadline and kind, across instances: the insert is the claim. */
    private boolean claim(Long personId, LocalDate deadline, String kind, long communeId) {
        return jdbc.update("insert into report_reminder (person_id, deadline, kind, commune_id, sent_at) values (?, ?, ?, ?, ?)"
                + " on conflict do nothing", personId, Date.valueOf(deadline), kind, communeId,
                Timestamp.from(clock.instant())) == 1;
    }

    /**
     * "XAC NHAN BC 2026" from a village head: confirms the village's figures of that year (this year
     * when no year is given; last year too, in the new year's first weeks). A non-head, a year that is
     * not a 4-digit number, or a year other than this or last is refused with a reason.
     */
    public Notice confirm(Long personId, String yearText) {
        Person person = registry.person(personId);
        if (!person.hasRole(Role.VILLAGE_HEAD) || person.getVillageId() == null) {
            return Notice.of("calendar.confirm_not_head", Map.of(), Priority.REPORT);
        }
        Commune commune = registry.commune(person.getCommuneId());
        int thisYear = LocalDate.now(clock.withZone(commune.getTimeZone())).getYear();
        String text = yearText == null ? "" : yearText.strip().replaceFirst("^(?i)(nam|năm)\\s+", "");
        int year;
        if (text.isEmpty()) {
            year = thisYear;
        } else if (text.matches("\\d{4}") && (Integer.parseInt(text) == thisYear || Integer.parseInt(text) == thisYear - 1)) {
            year = Integer.parseInt(text);
        } else {
            return Notice.of("calendar.confirm_bad_year", Map.of("year", thisYear,
                    "typed", text.length() > 12 ? text.substring(0, 12) : text), Priority.REPORT);
        }
        String village = registry.village(person.getVillageId()).getName();
        Instant now = clock.instant();
        int inserted = jdbc.update("insert into report_confirmation (village_id, report_year, person_id, confirmed_at) values (?, ?, ?, ?)"
                + " on conflict do nothing", person.getVillageId(), year, personId, Timestamp.from(now));
        if (inserted == 0) {
            return Notice.of("calendar.confirm_again", Map.of("village", village, "year", year), Priority.REPORT);
        }
        log.info("Village {} confirmed its {} figures (person {})", person.getVillageId(), year, personId);
        return Notice.of("calendar.confirmed", Map.of("village", village, "year", year), Priority.REPORT);
    }

    /** Changes a commune's report deadlines (a null keeps that one); the villages' must come first. */
    public void changeDeadlines(long communeId, MonthDay village, MonthDay commune) {
        registry.changeReportDeadlines(communeId, village, commune);
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d", date.getDayOfMonth(), date.getMonthValue());
    }
}
