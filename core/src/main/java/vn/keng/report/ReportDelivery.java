package vn.keng.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.Attachment;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.messaging.Templates;
import vn.keng.platform.SharedKeys;
import vn.keng.registry.Commune;
import vn.keng.registry.Communes;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.report.render.Labels;
import vn.keng.report.render.SummaryText;

/**
 * Sends a commune's report to its officials (the scheduled delivery), and a year-end report also to the
 * commune's Party committee: the summary on their channel, with the chart, PDF and workbook on
 * Telegram. Once per commune and period across every instance (a shared key claims the delivery: set
 * and given back at once, whatever the caller's transaction).
 */
@Component
public class ReportDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

    private final Reports reports;
    private final ReportFiles files;
    private final Notifications notifications;
    private final Templates templates;
    private final Communes communes;
    private final People people;
    private final SharedKeys redis;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReportDelivery(Reports reports, ReportFiles files, Notifications notifications,
            Templates templates, Communes communes, People people, SharedKeys redis, TransactionTemplate tx,
            Clock clock) {
        this.reports = reports;
        this.files = files;
        this.notifications = notifications;
        this.templates = templates;
        this.communes = communes;
        this.people = people;
        this.redis = redis;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Who receives a commune's report: its officials; a year-end report (a year or a movement year)
     * also the Party committee of the commune (Dang uy xa, role PARTY_COMMITTEE).
     */
    List<Long> recipients(long communeId, Period period) {
        boolean yearEnd = period.kind() == Period.Kind.YEAR || period.kind() == Period.Kind.MOVEMENT_YEAR;
        java.util.SortedSet<Long> ids = new java.util.TreeSet<>();
        people.findByCommuneIdAndRole(communeId, Role.OFFICIAL).forEach(p -> ids.add(p.getId()));
        if (yearEnd) {
            people.findByCommuneIdAndRole(communeId, Role.PARTY_COMMITTEE).forEach(p -> ids.add(p.getId()));
        }
        return List.copyOf(ids);
    }

    /** Last month's report to every commune's officials. */
    public void monthly() {
        for (Commune commune : communes.findAll()) {
            LocalDate lastMonth = LocalDate.now(clock.withZone(commune.getTimeZone())).minusMonths(1);
            deliver(commune.getId(), Period.month(lastMonth.getYear(), lastMonth.getMonthValue()));
        }
    }

    /** The movement year that ended yesterday (14/11) to every commune's officials. */
    public void movementYear() {
        for (Commune commune : communes.findAll()) {
            LocalDate yesterday = LocalDate.now(clock.withZone(commune.getTimeZone())).minusDays(1);
            deliver(commune.getId(), Period.movementYear(yesterday.getYear()));
        }
    }

    /**
     * Sends one commune's report for a period to its officials, unless it was sent already.
     *
     * @return the number of officials it was queued for
     */
    public int deliver(long communeId, Period period) {
        String claim = "report:delivered:" + communeId + ":" + period.fileCode();
        if (!redis.putIfAbsent(claim, clock.instant().toString(), Duration.ofDays(40))) {
            log.info("Report {} of commune {} already delivered", period.fileCode(), communeId);
            return 0;
        }
        try {
            Report report = reports.commune(communeId, period);
            Map<Language, List<Attachment>> documents = new EnumMap<>(Language.class);
            List<Long> officials = recipients(communeId, period);
            Integer sent = tx.execute(s -> {
                int count = 0;
                for (Long official : officials) {
                    Language language = people.findById(official).map(Person::getLanguage).orElse(Language.VI);
                    List<Attachment> docs = documents.computeIfAbsent(language, l -> ReportHandler.CHAT_FILES.stream()
                            .map(f -> files.render(report, f, l)).toList());
                    Notice notice = Notice.of(SummaryText.TEMPLATE,
                            SummaryText.params(report, new Labels(templates, language), true), Priority.REPORT)
                            .withAttachments(docs);
                    List<Long> ids = notifications.notify(official, notice);
                    count += ids.isEmpty() ? 0 : 1;
                }
                return count;
            });
            log.info("Report {} of commune {} queued for {} official(s)", period.fileCode(), communeId, sent);
            return sent == null ? 0 : sent;
        } catch (RuntimeException e) {
            redis.removeNow(claim);
            throw e;
        }
    }
}
