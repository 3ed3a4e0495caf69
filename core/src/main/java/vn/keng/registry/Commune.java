package vn.keng.registry;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A commune (xa): the unit that runs the programmes. It owns the gong time of all its villages,
 * the reminder lead and the escalation ladder of the nightly round.
 */
@Entity
public class Commune {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalTime DEFAULT_GONG_TIME = LocalTime.of(22, 0);
    public static final Duration DEFAULT_REMINDER_LEAD = Duration.ofMinutes(10);
    private static final Duration MAX_LEAD = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String provinceName;
    private ZoneId timeZone = DEFAULT_ZONE;
    private LocalTime gongTime = DEFAULT_GONG_TIME;

    @Column(name = "reminder_lead_seconds")
    @Convert(converter = DurationSecondsConverter.class)
    private Duration reminderLead = DEFAULT_REMINDER_LEAD;

    @Column(name = "confirm_grace_seconds")
    @Convert(converter = DurationSecondsConverter.class)
    private Duration confirmGrace = Duration.ofMinutes(10);

    @Column(name = "backup_after_seconds")
    @Convert(converter = DurationSecondsConverter.class)
    private Duration backupAfter = Duration.ofMinutes(5);

    @Column(name = "head_after_seconds")
    @Convert(converter = DurationSecondsConverter.class)
    private Duration headAfter = Duration.ofMinutes(15);

    @Column(name = "police_after_seconds")
    @Convert(converter = DurationSecondsConverter.class)
    private Duration policeAfter = Duration.ofMinutes(30);

    @Column(name = "close_after_seconds")
    @Convert(converter = DurationSecondsConverter.class)
    private Duration closeAfter = Duration.ofMinutes(60);

    private Language language = Language.VI;
    private boolean smsUnicode;
    private boolean smsAlways = true;
    /** Villages report their figures to the commune by this day ('MM-dd', default 11-20). */
    private String villageReportDeadline = "11-20";
    /** The commune reports by this day ('MM-dd', default 11-30). */
    private String communeReportDeadline = "11-30";

    @Version
    private long version;

    protected Commune() {
    }

    public Commune(String name, String provinceName) {
        this.name = requireText(name, "name");
        this.provinceName = requireText(provinceName, "provinceName");
    }

    /** Changes the nightly gong time; whole minutes only. */
    public void changeGongTime(LocalTime time) {
        if (time == null) {
            throw new IllegalArgumentException("gongTime is required");
        }
        this.gongTime = time.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Changes how long before the gong time the striker is reminded: 0 to 12 hours. */
    public void changeReminderLead(Duration lead) {
        this.reminderLead = requireDuration(lead, "reminderLead", Duration.ZERO, MAX_LEAD);
    }

    public void changeTimeZone(ZoneId zone) {
        if (zone == null) {
            throw new IllegalArgumentException("timeZone is required");
        }
        this.timeZone = zone;
    }

    /**
     * Changes the escalation ladder: waits after the gong time before the backup striker, the
     * village head and the police are called, and before the night is closed. They must grow.
     */
    public void changeEscalation(Duration grace, Duration backup, Duration head, Duration police, Duration close) {
        Duration g = requireDuration(grace, "confirmGrace", Duration.ZERO, MAX_LEAD);
        Duration b = requireDuration(backup, "backupAfter", Duration.ZERO, MAX_LEAD);
        Duration h = requireDuration(head, "headAfter", b, MAX_LEAD);
        Duration p = requireDuration(police, "policeAfter", h, MAX_LEAD);
        Duration c = requireDuration(close, "closeAfter", p, MAX_LEAD);
        this.confirmGrace = g;
        this.backupAfter = b;
        this.headAfter = h;
        this.policeAfter = p;
        this.closeAfter = c;
    }

    public void rename(String name, String provinceName) {
        this.name = requireText(name, "name");
        this.provinceName = requireText(provinceName, "provinceName");
    }

    public void changeLanguage(Language language) {
        this.language = language == null ? Language.VI : language;
    }

    public void changeSmsUnicode(boolean smsUnicode) {
        this.smsUnicode = smsUnicode;
    }

    /** Alarms and duty messages by SMS and every linked chat at once (true), or one channel with fallback (false). */
    public void changeSmsAlways(boolean smsAlways) {
        this.smsAlways = smsAlways;
    }

    /**
     * The reporting calendar's deadlines: villages report to the commune by the first day, the commune
     * reports by the second; the villages' must come first.
     */
    public void changeReportDeadlines(java.time.MonthDay village, java.time.MonthDay commune) {
        if (village == null || commune == null) {
            throw new IllegalArgumentException("both report deadlines are required");
        }
        if (!village.isBefore(commune)) {
            throw new IllegalArgumentException("the villages' report deadline must come before the commune's");
        }
        this.villageReportDeadline = String.format("%02d-%02d", village.getMonthValue(), village.getDayOfMonth());
        this.communeReportDeadline = String.format("%02d-%02d", commune.getMonthValue(), commune.getDayOfMonth());
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > 200) {
            throw new IllegalArgumentException(field + " is longer than 200 characters");
        }
        return value.strip();
    }

    private static Duration requireDuration(Duration value, String field, Duration min, Duration max) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max);
        }
        return value.truncatedTo(ChronoUnit.SECONDS);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getProvinceName() { return provinceName; }
    public ZoneId getTimeZone() { return timeZone; }
    public LocalTime getGongTime() { return gongTime; }
    public Duration getReminderLead() { return reminderLead; }
    public Duration getConfirmGrace() { return confirmGrace; }
    public Duration getBackupAfter() { return backupAfter; }
    public Duration getHeadAfter() { return headAfter; }
    public Duration getPoliceAfter() { return policeAfter; }
    public Duration getCloseAfter() { return closeAfter; }
    public Language getLanguage() { return language; }
    public boolean isSmsUnicode() { return smsUnicode; }
    public boolean isSmsAlways() { return smsAlways; }
    public long getVersion() { return version; }
    public java.time.MonthDay getVillageReportDeadline() { return java.time.MonthDay.parse("--" + villageReportDeadline); }
    public java.time.MonthDay getCommuneReportDeadline() { return java.time.MonthDay.parse("--" + communeReportDeadline); }
}
