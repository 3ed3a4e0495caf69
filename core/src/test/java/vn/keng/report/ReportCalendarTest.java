package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.duty.DutyTestSupport;
import vn.keng.duty.MutableClock;
import vn.keng.duty.RecordingNotifications;
import vn.keng.duty.RoundFixture;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundHandler;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.testing.CoreTestApplication;
import vn.keng.testing.FakeChannels;

/**
 * The reporting calendar on the test clock: reminders before each deadline, once per person and
 * deadline; the village head's "XAC NHAN BC 2026" through the real dialog engine, refused for
 * others and for a wrong year; the confirmation in the commune report; the Party committee among
 * the year-end report's recipients.
 */
@SpringBootTest(classes = {CoreTestApplication.class, DutyTestSupport.class, FakeChannels.class},
        properties = {"keng.demo.enabled=false", "keng.messaging.dispatcher.enabled=false"})
class ReportCalendarTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired ReportCalendar calendar;
    @Autowired ReportDelivery delivery;
    @Autowired Reports reports;
    @Autowired Registry registry;
    @Autowired InboundHandler engine;
    @Autowired MutableClock clock;
    @Autowired RecordingNotifications sent;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(String localDateTime) {
        clock.set(LocalDateTime.parse(localDateTime).atZone(HCM).toInstant());
    }

    private void sends(long person, String text) {
        String phone = registry.person(person).getPhone().e164();
        tx.executeWithoutResult(t -> engine.handle(InboundMessage.text(ChannelType.SMS, "sms-" + System.nanoTime(), phone,
                text, clock.instant()), Optional.of(registry.person(person))));
    }

    private List<String> replies(long person) {
        return sent.replyTemplatesTo(registry.person(person).getPhone().e164());
    }

    private int remind(RoundFixture f) {
        return tx.execute(s -> calendar.remindDue(registry.commune(f.commune)));
    }

    @Test
    void villageHeadsAreRemindedBeforeTheVillageDeadlineAndOfficialsBeforeTheCommunesOnce() {
        RoundFixture f = tx.execute(s -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        at("2026-11-14T08:05");
        assertThat(remind(f)).isZero();
        assertThat(sent.templatesTo(f.head)).isEmpty();

        at("2026-11-15T08:05");
        assertThat(remind(f)).isEqualTo(1);
        Notice reminder = sent.to(f.head).get(0);
        assertThat(reminder.template()).isEqualTo("calendar.village_reminder");
        assertThat(new java.util.HashMap<String, Object>(reminder.params())).containsEntry("deadline", "20/11").containsEntry("year", 2026);
        at("2026-11-20T09:05");
        assertThat(remind(f)).isZero(); // once per deadline and person, however often the job fires
        assertThat(sent.templatesTo(f.head)).containsExactly("calendar.village_reminder");
        assertThat(sent.templatesTo(f.official)).isEmpty();

        at("2026-11-25T08:05");
        assertThat(remind(f)).isEqualTo(1);
        assertThat(sent.templatesTo(f.official)).containsExactly("calendar.commune_reminder");
        at("2026-12-01T08:05");
        assertThat(remind(f)).isZero();
    }

    @Test
    void deadlinesAreTheCommunesOwnAndAConfirmedVillageIsNotReminded() {
        RoundFixture f = tx.execute(s -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        tx.executeWithoutResult(s -> registry.commune(f.commune).changeReportDeadlines(MonthDay.of(12, 5),
                MonthDay.of(12, 15)));
        at("2026-11-18T08:05");
        assertThat(remind(f)).isZero();

        at("2026-12-01T08:05");
        sends(f.head, "XAC NHAN BC 2026");
        assertThat(remind(f)).isZero();
        assertThat(sent.templatesTo(f.head)).isEmpty();
    }

    @Test
    void aVillageHeadConfirmsTheFiguresAndTheCommuneReportShowsIt() {
        RoundFixture f = tx.execute(s -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        at("2026-11-18T19:30");

        sends(f.head, "XAC NHAN BC 2026");
        sends(f.head, "xác nhận báo cáo 2026");

        assertThat(replies(f.head)).containsExactly("calendar.confirmed", "calendar.confirm_again");
        Report report = reports.commune(f.commune, reports.period(f.commune, "2026"));
        VillageFigures a = report.current().villages().stream().filter(v -> v.villageId() == f.villageA).findFirst()
                .orElseThrow();
        assertThat(a.confirmation().by()).isEqualTo("Ba Nam");
        assertThat(a.confirmation().at()).isEqualTo(clock.instant());
        assertThat(report.current().villages().stream().filter(v -> v.villageId() == f.villageB).findFirst()
                .orElseThrow().confirmation()).isNull();
    }

    @Test
    void aConfirmationFromSomeoneWhoIsNotAVillageHeadOrForAWrongYearIsRefused() {
        RoundFixture f = tx.execute(s -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        at("2026-11-18T19:30");

        sends(f.striker, "XAC NHAN BC 2026");
        sends(f.official, "XAC NHAN BC 2026");
        sends(f.head, "XAC NHAN BC 2062");
        sends(f.head, "XAC NHAN BC 2024");
        sends(f.head, "XAC NHAN BC hai nghin");

        assertThat(replies(f.striker)).containsExactly("calendar.confirm_not_head");
        assertThat(replies(f.official)).containsExactly("calendar.confirm_not_head");
        assertThat(replies(f.head)).containsExactly("calendar.confirm_bad_year", "calendar.confirm_bad_year",
                "calendar.confirm_bad_year");
        assertThat(jdbc.queryForObject("select count(*) from report_confirmation where village_id = ?", Integer.class,
                f.villageA)).isZero();
    }

    @Test
    void theYearEndReportAlsoGoesToThePartyCommitteeTheMonthlyOneDoesNot() {
        RoundFixture f = tx.execute(s -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        long party = tx.execute(s -> f.person(registry, "Bi thu Dang uy", null, Role.PARTY_COMMITTEE));

        assertThat(delivery.recipients(f.commune, Period.movementYear(2026))).containsExactlyInAnyOrder(f.official, party);
        assertThat(delivery.recipients(f.commune, Period.half(false, 2, 2026))).containsExactly(f.official);
        assertThat(delivery.recipients(f.commune, Period.month(2026, 10))).containsExactly(f.official);
        assertThat(Set.of(Role.values())).contains(Role.PARTY_COMMITTEE);
    }

}
