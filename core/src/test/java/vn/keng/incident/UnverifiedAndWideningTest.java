package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.Person;
import vn.keng.registry.SafetyGroup;
import vn.keng.testing.CoreTest;
import vn.keng.testing.TestPeople;

/** Reports from unknown numbers, the widened alarm after silence, and the SMS fallback for a blocked bot. */
@CoreTest
class UnverifiedAndWideningTest extends IncidentTestSupport {

    @Autowired IncidentWidening widening;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anUnknownNumberReachesOnlyThePoliceAndTheVillageHeadUntilTheyConfirm() {
        IncidentScene.Built s = scene.build(1, 0);
        String stranger = TestPeople.newPhone().e164();

        scene.sms(stranger, "Bao chay nha kho " + s.village.getName());

        OutboundEnvelope ask = awaitSms(s.police, "CHUA XAC MINH");
        assertThat(ask.text()).contains(vn.keng.registry.PhoneNumber.parse(stranger).national())
                .contains("1=Xac nhan, 2=Bo qua");
        awaitSms(s.head, "CHUA XAC MINH");
        awaitOn(fakeSms, stranger, "chua dang ky");
        assertThat(smsTo(s.members.get(0))).isEmpty();
        assertThat(smsTo(s.striker)).isEmpty();
        IncidentView incident = queries.byCommune(s.commune.getId()).get(0);
        assertThat(incident.status()).isEqualTo(IncidentStatus.UNVERIFIED);
        assertThat(incident.villageId()).isEqualTo(s.village.getId());
        assertThat(incident.reporters().get(0).address()).isEqualTo(stranger);

        scene.sms(s.members.get(0), "XAC NHAN"); // not asked to verify: the words confirm nothing
        awaitSms(s.members.get(0), "Khan cap goi 114");

        scene.sms(s.police, "1");
        awaitSms(s.police, "Da xac nhan");
        awaitSms(s.striker, "DANH KENG BAO DONG");
        awaitSms(s.head, "BAO DONG CHAY");
        awaitOn(fakeSms, stranger, "da duoc xac nhan; 5 nguoi da duoc bao dong");
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(reload(incident).timeline()).extracting(IncidentView.Step::kind)
                .contains("REPORTED_UNVERIFIED", "VERIFICATION_REQUESTED", "CONFIRMED", "ALARMED");

        scene.sms(s.head, "2");
        awaitSms(s.head, "khong den duoc");
    }

    @Test
    void anUnknownReportCanBeDismissedAndTheOthersAreTold() {
        IncidentScene.Built s = scene.build(0, 0);
        String stranger = TestPeople.newPhone().e164();
        scene.sms(stranger, "danh nhau o cho " + s.village.getName());
        awaitSms(s.head, "CHUA XAC MINH");
        scene.sms(s.head, "2");
        awaitSms(s.head, "Da bo qua tin bao");
        awaitSms(s.police, "da duoc bo qua");
        assertThat(queries.byCommune(s.commune.getId()).get(0).status()).isEqualTo(IncidentStatus.DISMISSED);
    }

    @Test
    void withNobodyComingTheAlarmWidensToTheOtherGroupsOfTheVillageAndThePoliceOnce() {
        IncidentScene.Built s = scene.build(1, 0);
        SafetyGroup neighbours = scene.group(s.village);
        Person neighbour = scene.member(s.village, neighbours, vn.keng.registry.Role.RESIDENT);
        Person reporter = s.members.get(0);

        scene.sms(reporter, "CUU NAN duoi ao");
        awaitSms(s.police, "BAO DONG CUU NAN");
        IncidentView incident = awaitIncidentOf(reporter);
        widening.sweepAt(clock.instant());
        assertThat(reload(incident).widenedAt()).isNull();
        assertThat(smsTo(neighbour)).isEmpty();

        assertThat(widening.sweepAt(clock.instant().plus(Duration.ofMinutes(4)))).isPositive();
        awaitSms(neighbour, "CHUA AI DEN: CUU NAN tai duoi ao");
        awaitSms(s.police, "CHUA AI DEN");
        assertThat(smsTo(s.deputy)).noneMatch(e -> e.text().contains("CHUA AI DEN"));
        IncidentView widened = reload(incident);
        assertThat(widened.widenedAt()).isNotNull();
        assertThat(widened.timeline()).extracting(IncidentView.Step::kind).contains("WIDENED");

        widening.sweepAt(clock.instant().plus(Duration.ofMinutes(8)));
        assertThat(reload(incident).timeline()).filteredOn(step -> step.kind().equals("WIDENED")).hasSize(1);
    }

    @Test
    void anOpenIncidentWithoutAnyReporterRecordIsStillWidened() {
        IncidentScene.Built s = scene.build(1, 0);
        SafetyGroup neighbours = scene.group(s.village);
        Person neighbour = scene.member(s.village, neighbours, vn.keng.registry.Role.RESIDENT);
        String place = "kho " + java.util.UUID.randomUUID();
        jdbc.update("insert into incident (kind, status, commune_id, village_id, group_id, place, reported_at, channel) "
                + "values ('FIRE', 'OPEN', ?, ?, ?, ?, ?, 'SMS')", s.commune.getId(), s.village.getId(), s.group.getId(),
                place, java.sql.Timestamp.from(clock.instant()));

        widening.sweepAt(clock.instant().plus(Duration.ofMinutes(4)));

        assertThat(awaitSms(neighbour, "CHUA AI DEN").text()).contains("CHAY, NO tai kho");
        assertThat(jdbc.queryForObject("select widened_at from incident where place = ?", java.sql.Timestamp.class, place))
                .isNotNull();
    }

    @Test
    void anIncidentSomeoneIsComingToIsNotWidened() {
        IncidentScene.Built s = scene.build(2, 0);
        scene.sms(s.members.get(0), "trom bo");
        IncidentView incident = awaitIncidentOf(s.members.get(0));
        awaitSms(s.members.get(1), "BAO DONG TROM");
        scene.sms(s.members.get(1), "1");
        await().atMost(PATIENCE).until(() -> reload(incident).comingCount() == 1);
        widening.sweepAt(clock.instant().plus(Duration.ofMinutes(4)));
        assertThat(reload(incident).widenedAt()).isNull();
    }

    @Test
    void aMemberWhoBlockedTheBotStillGetsTheAlarmBySmsAndTheTimelineShowsTheFailedChat() {
        IncidentScene.Built s = scene.build(1, 1);
        Person blocked = s.members.get(1);
        String blockedChat = String.valueOf(blocked.getTelegramUserId());
        fakeTelegram.answerWith(envelope -> envelope.address().equals(blockedChat)
                ? SendOutcome.permanent("Forbidden: bot was blocked by the user") : null);
        try {
            scene.sms(s.members.get(0), "hoa hoan nha kho");
            awaitTelegram(blocked, "BÁO ĐỘNG CHÁY, NỔ");
            OutboundEnvelope sms = awaitSms(blocked, "BAO DONG CHAY");
            assertThat(sms.text()).contains("nha kho");
            IncidentView incident = awaitIncidentOf(s.members.get(0));
            await().atMost(PATIENCE).until(() -> reload(incident).timeline().stream()
                    .anyMatch(step -> step.kind().equals("ALARM_FAILED") && blocked.getId().equals(step.personId())
                            && step.channel() == vn.keng.messaging.ChannelType.TELEGRAM));
        } finally {
            fakeTelegram.answerWith(envelope -> null);
        }
    }
}
