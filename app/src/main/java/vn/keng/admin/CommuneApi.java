package vn.keng.admin;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.duty.GongSettings;
import vn.keng.registry.CommuneChange;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Registry;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Village;
import vn.keng.registry.VillageKind;
import vn.keng.report.ReportCalendar;

/** Communes, their gong settings and their villages. */
@Tag(name = "Communes", description = "Communes, their nightly gong settings and their villages")
@RestController
@RequestMapping("/api/v1/communes")
class CommuneApi {

    private final Registry registry;
    private final RegistryReads reads;
    private final GongSettings settings;
    private final ReportCalendar calendar;

    CommuneApi(Registry registry, RegistryReads reads, GongSettings settings, ReportCalendar calendar) {
        this.calendar = calendar;
        this.registry = registry;
        this.reads = reads;
        this.settings = settings;
    }

    @Operation(summary = "List communes",
            description = "Every commune with its gong settings, by province and name.")
    @GetMapping
    List<CommuneView> list() {
        return reads.communes().stream().map(CommuneView::of).toList();
    }

    @Operation(summary = "Get a commune",
            description = "The commune with its gong time (HH:mm), reminder lead and escalation waits (ISO-8601 durations), language and SMS settings.")
    @GetMapping("/{id}")
    CommuneView get(@PathVariable Long id) {
        return CommuneView.of(registry.commune(id));
    }

    @Operation(summary = "Create a commune",
            description = "A commune of a province; optional timeZone (IANA, default Asia/Ho_Chi_Minh), gongTime (HH:mm, default 22:00), reminderLead (ISO-8601, e.g. PT10M) and language (vi, en). The scheduler plans its nightly round at once.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommuneView create(@RequestBody NewCommune body) {
        return CommuneView.of(settings.create(body.name(), body.provinceName(), CommuneChange.initial(
                body.timeZone() == null ? null : zone(body.timeZone()), body.gongTime() == null ? null : time(body.gongTime()),
                body.reminderLead() == null ? null : duration("reminderLead", body.reminderLead()),
                body.language() == null ? null : Language.fromCode(body.language()))));
    }

    /** Changes any of the commune's settings; the next gong round uses them. */
    @Operation(summary = "Change a commune's settings",
            description = "Any of name, provinceName, timeZone, gongTime (HH:mm), reminderLead, confirmGrace, backupAfter, headAfter, policeAfter, closeAfter (ISO-8601 durations), language, smsUnicode, smsAlways, villageReportDeadline and communeReportDeadline (dd/MM, the villages' first); absent fields stay. The next gong round uses them.")
    @PatchMapping("/{id}")
    CommuneView patch(@PathVariable Long id, @RequestBody CommunePatch body) {
        if (body.villageReportDeadline() != null || body.communeReportDeadline() != null) {
            calendar.changeDeadlines(id, body.villageReportDeadline() == null ? null
                    : day("villageReportDeadline", body.villageReportDeadline()), body.communeReportDeadline() == null
                    ? null : day("communeReportDeadline", body.communeReportDeadline()));
        }
        return CommuneView.of(settings.change(id, change(body)));
    }

    @Operation(summary = "List a commune's villages",
            description = "The villages (thôn, làng, bản...) of the commune, by name.")
    @GetMapping("/{id}/villages")
    List<VillageView> villages(@PathVariable Long id) {
        registry.commune(id);
        return reads.villages(id).stream().map(VillageView::of).toList();
    }

    @Operation(summary = "Add a village",
            description = "A village of the commune: its name, kind and the number of households the commune declares for it.")
    @PostMapping("/{id}/villages")
    @ResponseStatus(HttpStatus.CREATED)
    VillageView createVillage(@PathVariable Long id, @RequestBody NewVillage body) {
        return VillageView.of(registry.createVillage(id, body.name(), body.kind(), body.householdCount()));
    }

    /** The typed change the patch asks for (bad values are the caller's 400, before anything is written). */
    private static CommuneChange change(CommunePatch p) {
        return new CommuneChange(p.name(), p.provinceName(), p.timeZone() == null ? null : zone(p.timeZone()),
                p.gongTime() == null ? null : time(p.gongTime()), optional("reminderLead", p.reminderLead()),
                optional("confirmGrace", p.confirmGrace()), optional("backupAfter", p.backupAfter()),
                optional("headAfter", p.headAfter()), optional("policeAfter", p.policeAfter()),
                optional("closeAfter", p.closeAfter()), p.language() == null ? null : Language.fromCode(p.language()),
                p.smsUnicode(), p.smsAlways());
    }

    /** A day of the year as officials write it, "20/11" (also ISO "--11-20"). */
    private static java.time.MonthDay day(String field, String value) {
        try {
            if (value.matches("\\d{1,2}/\\d{1,2}")) {
                String[] parts = value.split("/");
                return java.time.MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            return java.time.MonthDay.parse(value);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(field + " must be a day as dd/MM, e.g. 20/11 (was '" + value + "')");
        }
    }

    private static Duration optional(String field, String value) {
        return value == null ? null : duration(field, value);
    }

    private static LocalTime time(String value) {
        if (!value.matches("\\d{1,2}:\\d{2}")) {
            throw new IllegalArgumentException("gongTime must be HH:mm, e.g. 22:00 (was '" + value + "')");
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("gongTime must be HH:mm, e.g. 22:00 (was '" + value + "')");
        }
    }

    private static Duration duration(String field, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO-8601 duration such as PT10M (was '" + value + "')");
        }
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("timeZone must be an IANA zone such as Asia/Ho_Chi_Minh (was '" + value + "')");
        }
    }

    record NewCommune(String name, String provinceName, String timeZone, String gongTime, String reminderLead,
            String language) {
    }

    record CommunePatch(String timeZone, String gongTime, String reminderLead, String confirmGrace, String backupAfter,
            String headAfter, String policeAfter, String closeAfter, String language, Boolean smsUnicode,
            String name, String provinceName, Boolean smsAlways, String villageReportDeadline,
            String communeReportDeadline) {
    }

    record CommuneView(Long id, String name, String provinceName, String timeZone, String gongTime,
            String reminderLead, String confirmGrace, String backupAfter, String headAfter, String policeAfter,
            String closeAfter, String language, boolean smsUnicode, boolean smsAlways, String villageReportDeadline,
            String communeReportDeadline) {

        static CommuneView of(Commune c) {
            return new CommuneView(c.getId(), c.getName(), c.getProvinceName(), c.getTimeZone().getId(),
                    c.getGongTime().toString(), c.getReminderLead().toString(), c.getConfirmGrace().toString(),
                    c.getBackupAfter().toString(), c.getHeadAfter().toString(), c.getPoliceAfter().toString(),
                    c.getCloseAfter().toString(), c.getLanguage().code(), c.isSmsUnicode(), c.isSmsAlways(),
                    dayMonth(c.getVillageReportDeadline()), dayMonth(c.getCommuneReportDeadline()));
        }

        private static String dayMonth(java.time.MonthDay day) {
            return String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
        }
    }

    record NewVillage(String name, VillageKind kind, Integer householdCount) {
    }

    record VillageView(Long id, Long communeId, String name, VillageKind kind, Integer householdCount) {
        static VillageView of(Village v) {
            return new VillageView(v.getId(), v.getCommuneId(), v.getName(), v.getKind(), v.getHouseholdCount());
        }
    }
}
