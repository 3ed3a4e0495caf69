package vn.keng.report;

import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.keng.conversation.Command;
import vn.keng.conversation.Dialog;
import vn.keng.conversation.DialogHandler;
import vn.keng.conversation.Intent;
import vn.keng.messaging.Attachment;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.messaging.Templates;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.report.render.Fmt;
import vn.keng.report.render.Labels;
import vn.keng.report.render.SummaryText;

/**
 * "/baocao 2026", "BC 11/2026", "báo cáo Q3 2026", "report movement 2026": the summary report for
 * the sender's commune (officials, police) or village (village head). Telegram gets the summary
 * with the chart, the PDF and the workbook attached; SMS gets the 2-segment summary. Others are
 * refused politely (and logged); a flood of requests is limited per person.
 */
@Component
class ReportHandler implements DialogHandler {

    private static final Logger log = LoggerFactory.getLogger(ReportHandler.class);
    static final List<ReportFormat> CHAT_FILES = List.of(ReportFormat.PNG, ReportFormat.PDF, ReportFormat.XLSX);

    private final ReportAccess access;
    private final ReportRequests requests;
    private final Reports reports;
    private final ReportFiles files;
    private final Notifications notifications;
    private final Templates templates;

    ReportHandler(ReportAccess access, ReportRequests requests, Reports reports, ReportFiles files,
            Notifications notifications, Templates templates) {
        this.access = access;
        this.requests = requests;
        this.reports = reports;
        this.files = files;
        this.notifications = notifications;
        this.templates = templates;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.REPORT);
    }

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.REPORT);
    }

    /** Unknown senders reach this handler so their attempt is logged before the polite refusal. */
    @Override
    public boolean acceptsUnknownSenders() {
        return true;
    }

    @Override
    public boolean handle(Dialog dialog) {
        Person person = dialog.sender().orElse(null);
        Optional<ReportAccess.Grant> grant = access.grantFor(person);
        if (grant.isEmpty()) {
            access.logRefusal(person, dialog.message().channel().name(), dialog.message().senderAddress());
            dialog.reply(Notice.of("report.refused", Map.of(), Priority.REPORT));
            return true;
        }
        if (!requests.tryAcquire(person.getId())) {
            log.info("Report request of person {} refused: over the limit", person.getId());
            dialog.reply(Notice.of("report.too-many", Map.of("minutes", requests.retryMinutes()), Priority.REPORT));
            return true;
        }
        Optional<Period> period = period(grant.get().communeId(), dialog.rest());
        if (period.isEmpty()) {
            dialog.reply(Notice.of("report.bad-period", Map.of("typed", Fmt.shorten(dialog.rest(), 20)), Priority.REPORT));
            return true;
        }
        answer(dialog, person, grant.get(), period.get());
        return true;
    }

    /**
     * The period as typed after the command ("2026", "11/2026"); else one named in the sentence
     * ("báo cáo tháng này", "bc thang 11"); else, when no digit was typed, this year so far.
     */
    private Optional<Period> period(long communeId, String typed) {
        try {
            return Optional.of(reports.period(communeId, typed));
        } catch (InvalidPeriodException e) {
            Optional<Period> found = reports.findPeriod(communeId, typed);
            if (found.isPresent() || typed.chars().anyMatch(Character::isDigit)) {
                return found;
            }
            return Optional.of(reports.period(communeId, ""));
        }
    }

    private void answer(Dialog dialog, Person person, ReportAccess.Grant grant, Period period) {
        Report report;
        List<Attachment> documents;
        Language language = person.getLanguage();
        boolean withFiles = dialog.message().channel() != ChannelType.SMS;
        try {
            report = grant.villageId() == null ? reports.commune(grant.communeId(), period)
                    : reports.village(grant.villageId(), period);
            documents = withFiles ? CHAT_FILES.stream().map(f -> files.render(report, f, language)).toList() : List.of();
        } catch (RuntimeException e) {
            log.error("Report {} for person {} failed", period.fileCode(), person.getId(), e);
            dialog.reply(Notice.of("report.failed", Map.of(), Priority.REPORT));
            return;
        }
        Labels labels = new Labels(templates, language);
        Notice notice = Notice.of(SummaryText.TEMPLATE, SummaryText.params(report, labels, withFiles), Priority.REPORT)
                .withAttachments(documents);
        notifications.reply(dialog.message(), notice);
        log.info("Report {} of commune {} (village {}) sent to person {}", period.fileCode(), grant.communeId(),
                grant.villageId(), person.getId());
    }
}
