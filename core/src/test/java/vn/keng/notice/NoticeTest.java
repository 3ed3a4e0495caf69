package vn.keng.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.TextForms;
import vn.keng.registry.Commune;
import vn.keng.registry.Communes;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.registry.Village;
import vn.keng.report.Period;
import vn.keng.report.Report;
import vn.keng.report.Reports;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/**
 * Village notices through the real pipeline, by SMS: drafted, confirmed with one digit, sent to the
 * audience but not to who opted out, refused or questioned on bad input, held back in the quiet hours.
 * The commune's time zone is chosen so that its local time is noon (or 23:00) now, whatever the hour.
 */
@CoreTest
class NoticeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired InboundMessages inbound;
    @Autowired FakeChannel fakeSms;
    @Autowired TestPeople testPeople;
    @Autowired vn.keng.registry.Registry registry;
    @Autowired Communes communes;
    @Autowired People people;
    @Autowired VillageNotices notices;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Reports reports;

    Commune commune;
    Village village;
    Village other;
    Person official;
    Person head;
    Person resident;
    Person neighbour;
    Person optedOut;
    Person elsewhere;

    @BeforeEach
    void setUp() {
        commune = commune(LocalTime.NOON);
        village = testPeople.village(commune);
        other = testPeople.village(commune);
        official = testPeople.person(village, Role.OFFICIAL);
        head = testPeople.person(village, Role.VILLAGE_HEAD);
        resident = testPeople.person(village);
        neighbour = testPeople.person(village);
        optedOut = testPeople.person(village);
        tx.executeWithoutResult(s -> registry.optOutOfInfo(optedOut.getId(), true));
        elsewhere = testPeople.person(other);
    }

    /** A commune whose local time is {@code local} now (to the minute), by its UTC offset. */
    Commune commune(LocalTime local) {
        Commune created = testPeople.commune();
        LocalTime utc = LocalTime.now(ZoneOffset.UTC);
        int minutes = (int) Math.floorMod(Duration.between(utc, local).toMinutes() + 12 * 60, 24 * 60) - 12 * 60;
        return tx.execute(s -> registry.changeCommune(created.getId(), vn.keng.registry.CommuneChange.initial(
                ZoneOffset.ofTotalSeconds(Math.max(-18 * 3600, Math.min(18 * 3600, minutes * 60))), null, null, null)));
    }

    String sms(Person from, String text) {
        String address = from.getPhone().e164();
        int before = fakeSms.sentTo(address).size();
        inbound.receive(InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), address, text, Instant.now()));
        await().atMost(PATIENCE).until(() -> fakeSms.sentTo(address).size() > before);
        return fakeSms.sentTo(address).get(before).text();
    }

    int smsTo(Person person) {
        return fakeSms.sentTo(person.getPhone().e164()).size();
    }

    @Test
    void anOfficialConfirmsAudienceAndCostThenTheVillageGetsItButNotWhoOptedOut() {
        String question = sms(official, "THONG BAO " + village.getName() + ": Họp dân 19:30 tối nay tại nhà văn hóa");
        assertThat(question).startsWith("Gui thong bao toi " + "Thon")
                .contains("3 nguoi nhan, 3 nguoi qua SMS x 1 tin = 3 tin SMS").endsWith("Tra loi 1=Gui, 0=Huy");
        assertThat(smsTo(resident)).as("nothing leaves before the sender confirms").isZero();

        assertThat(sms(official, "1")).startsWith("Da gui thong bao toi 3 nguoi");
        await().atMost(PATIENCE).until(() -> smsTo(resident) == 1 && smsTo(neighbour) == 1 && smsTo(head) == 1);
        assertThat(fakeSms.sentTo(resident.getPhone().e164()).get(0).text())
                .isEqualTo("THONG BAO cua UBND " + TextForms.toGsm7(commune.getName())
                        + ": Hop dan 19:30 toi nay tai nha van hoa");
        assertThat(smsTo(optedOut)).isZero();
        assertThat(smsTo(elsewhere)).as("another village").isZero();
        VillageNotice kept = notices.findByCommuneIdOrderByCreatedAtDesc(commune.getId()).get(0);
        assertThat(kept.getStatus()).isEqualTo(NoticeStatus.SENT);
        assertThat(kept.getRecipients()).isEqualTo(3);
        assertThat(kept.villages()).containsExactly(village.getId());
        java.time.LocalDate today = java.time.LocalDate.now(commune.getTimeZone());
        Report report = reports.commune(commune.getId(), Period.month(today.getYear(), today.getMonthValue()));
        assertThat(report.current().total().notices()).as("the report counts the notice").isEqualTo(1);
        assertThat(report.current().villages()).filteredOn(v -> v.villageId().equals(village.getId()))
                .singleElement().satisfies(v -> assertThat(v.notices()).isEqualTo(1));
        assertThat(report.current().villages()).filteredOn(v -> v.villageId().equals(other.getId()))
                .singleElement().satisfies(v -> assertThat(v.notices()).isZero());

        sms(official, "1");
        assertThat(jdbc.queryForObject("select count(*) from outbound_message where person_id = ? and template = ?",
                Integer.class, resident.getId(), "notice.message")).as("the digit again sends nothing twice").isEqualTo(1);
    }

    @Test
    void aSecondNoticeWithinAMinuteIsAskedAboutAndZeroCancels() {
        sms(official, "THONG BAO TOAN XA: Mai cắt điện từ 7 giờ");
        sms(official, "1");
        String again = sms(official, "THONG BAO TOAN XA: Mai cắt điện từ 7 giờ");
        assertThat(again).startsWith("Anh/chi vua gui mot thong bao luc").contains("toan " );
        int before = smsTo(elsewhere);
        assertThat(sms(official, "0")).startsWith("Da huy thong bao");
        assertThat(notices.findByCommuneIdOrderByCreatedAtDesc(commune.getId()).get(0).getStatus())
                .isEqualTo(NoticeStatus.CANCELLED);
        assertThat(smsTo(elsewhere)).isEqualTo(before);
    }

    @Test
    void aResidentIsRefusedPolitelyAndNothingIsDrafted() {
        assertThat(sms(resident, "THONG BAO Họp dân tối nay")).startsWith("Xin loi, chi can bo UBND xa va truong thon")
                .contains("114");
        assertThat(notices.findByCommuneIdOrderByCreatedAtDesc(commune.getId())).isEmpty();
    }

    @Test
    void aResidentsNoticeOfAFireIsAFireReportNotARefusal() {
        String reply = sms(resident, "THONG BAO có cháy ở nhà ông Ba");
        assertThat(reply).doesNotStartWith("Xin loi, chi can bo");
        assertThat(notices.findByCommuneIdOrderByCreatedAtDesc(commune.getId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from incident i join incident_reporter r on r.incident_id = i.id "
                + "where r.person_id = ? and i.kind = 'FIRE'", Integer.class, resident.getId())).isEqualTo(1);
    }

    @Test
    void aVillageHeadSendsToTheirOwnVillageOnly() {
        assertThat(sms(head, "THONG BAO " + other.getName() + ": họp")).startsWith("Truong thon chi gui duoc");
        assertThat(sms(head, "THONG BAO Họp dân")).contains("3 nguoi nhan"); // the official, the resident, the neighbour
        sms(head, "1");
        await().atMost(PATIENCE).until(() -> smsTo(resident) == 1);
        assertThat(fakeSms.sentTo(resident.getPhone().e164()).get(0).text()).startsWith("THONG BAO cua Truong thon");
        assertThat(smsTo(elsewhere)).isZero();
    }

    @Test
    void aNoticeOfFiveThousandCharactersIsRefusedWithItsLimit() {
        assertThat(sms(official, "THONG BAO " + "a".repeat(5000))).contains("5000 ky tu, toi da 300 ky tu");
        assertThat(notices.findByCommuneIdOrderByCreatedAtDesc(commune.getId())).isEmpty();
    }

    @Test
    void aNoticeToAVillageWithNobodyIsNotSent() {
        Village empty = testPeople.village(commune);
        assertThat(sms(official, "THONG BAO " + empty.getName() + ": họp")).startsWith("Chua co ai o " + "Thon");
        assertThat(notices.findByCommuneIdOrderByCreatedAtDesc(commune.getId())).isEmpty();
    }

    @Test
    void theCommandAloneExplainsItselfAndSendsNothing() {
        assertThat(sms(official, "THONG BAO")).startsWith("Cach gui: THONG BAO + noi dung");
        assertThat(notices.findByCommuneIdOrderByCreatedAtDesc(commune.getId())).isEmpty();
    }

    @Test
    void inTheQuietHoursTheSmsWaitForTheMorning() {
        Commune night = commune(LocalTime.of(23, 0));
        Village v = testPeople.village(night);
        Person sender = testPeople.person(v, Role.OFFICIAL);
        Person sleeper = testPeople.person(v);
        sms(sender, "THONG BAO TOAN XA: Mai tiêm phòng cho trẻ");
        assertThat(sms(sender, "1")).contains("Tin SMS se gui luc 06:00").contains("sau 21:30");
        List<Instant> due = jdbc.queryForList("select next_attempt_at from outbound_message where person_id = ?"
                + " and channel = 'SMS' and template = 'notice.message'", Instant.class, sleeper.getId());
        assertThat(due).singleElement().satisfies(at -> assertThat(at).isAfter(Instant.now().plus(Duration.ofHours(6))));
        assertThat(smsTo(sleeper)).isZero();
    }
}
