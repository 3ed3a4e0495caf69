package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.GeoLocation;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.testing.CoreTest;
import vn.keng.testing.TestPeople;

/** Each bad or odd input has a defined answer. */
@CoreTest
class IncidentBadInputTest extends IncidentTestSupport {

    @Autowired TestPeople testPeople;
    @Autowired Registry registry;
    @Autowired TransactionTemplate tx;

    @Test
    void anEmptyMessageGetsHelpAndAlarmEmojiAloneTheQuestionAndNeitherOpensAnything() {
        IncidentScene.Built s = scene.build(1, 0);
        Person resident = s.members.get(0);
        scene.sms(resident, "");
        awaitSms(resident, "Keng chua hieu tin nay");
        scene.sms(resident, "🔥🔥🚨");
        awaitSms(resident, "0=Khong phai");
        assertThat(queries.reportedBy(resident.getId())).isEmpty();
        assertThat(smsTo(s.deputy)).isEmpty();
    }

    @Test
    void aKeywordAloneIsAcceptedAtOnceAndTheNextMessagesAddThePlaceAndTheLocation() {
        IncidentScene.Built s = scene.build(1, 1);
        Person reporter = s.members.get(1);
        scene.telegram(reporter, "🔥 Báo cháy", null);
        awaitTelegram(reporter, "Đã nhận tin báo cháy, nổ (chưa rõ địa điểm)");
        awaitSms(s.members.get(0), "BAO DONG CHAY, NO (chua ro dia diem)");
        IncidentView incident = awaitIncidentOf(reporter);
        assertThat(incident.place()).isNull();

        scene.telegram(reporter, "nhà ông Ba, gần chợ", null);
        awaitTelegram(reporter, "Đã ghi thêm thông tin");
        scene.received(new InboundMessage(ChannelType.TELEGRAM, "TG" + UUID.randomUUID(),
                String.valueOf(reporter.getTelegramUserId()), null, "", new GeoLocation(21.02, 105.85), null,
                "photo-file-1", Instant.now()));
        await().atMost(PATIENCE).until(() -> reload(incident).latitude() != null);
        IncidentView described = reload(incident);
        assertThat(described.place()).isEqualTo("nhà ông Ba, gần chợ");
        assertThat(described.longitude()).isEqualTo(105.85);
        assertThat(described.photoRef()).isEqualTo("photo-file-1");
    }

    @Test
    void aLoneFireWordReportsAtOnce() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);
        scene.sms(reporter, "CHÁY");
        awaitSms(reporter, "Da nhan tin bao chay");
        assertThat(awaitIncidentOf(reporter).kind()).isEqualTo(IncidentKind.FIRE);
    }

    @Test
    void everyKindHasItsWordsInVietnameseAndEnglish() {
        IncidentScene.Built s = scene.build(5, 0);
        String[][] reports = {{"Cháy nhà kho", "FIRE"}, {"bao trom xe", "THEFT"}, {"SOS ngoai dong", "RESCUE"},
                {"fight at the market", "DISORDER"}, {"khẩn cấp cầu sập", "OTHER"}};
        for (int i = 0; i < reports.length; i++) {
            Person reporter = s.members.get(i);
            scene.sms(reporter, reports[i][0]);
            assertThat(awaitIncidentOf(reporter).kind().name()).isEqualTo(reports[i][1]);
        }
    }

    @Test
    void aReporterOutsideEveryGroupAlarmsTheStrikerEveryGroupsLeadersTheHeadAndThePolice() {
        IncidentScene.Built s = scene.build(1, 0);
        Person loner = tx.execute(t -> registry.createPerson(s.commune.getId(), TestPeople.unique("Người"),
                TestPeople.newPhone(), EnumSet.of(Role.RESIDENT), s.village.getId(), null, Language.VI));
        scene.sms(loner, "trom cho");
        awaitSms(loner, "Da bao dong 5 nguoi");
        awaitSms(s.head, "BAO DONG TROM");
        awaitSms(s.police, "BAO DONG TROM");
        awaitSms(s.deputy, "BAO DONG TROM");
        awaitSms(s.leader, "BAO DONG TROM");
        awaitSms(s.striker, "DANH KENG BAO DONG");
        IncidentView incident = awaitIncidentOf(loner);
        assertThat(incident.groupId()).isNull();
        assertThat(incident.alertedCount()).isEqualTo(5);
        assertThat(smsTo(s.members.get(0))).isEmpty();
    }

    @Test
    void onlyLeadersHeadsAndPoliceMayCloseAndAnswersToAClosedIncidentAreToldItIsOver() {
        IncidentScene.Built s = scene.build(2, 0);
        Person reporter = s.members.get(0);
        Person member = s.members.get(1);
        scene.sms(reporter, "gay roi o quan nuoc");
        awaitSms(member, "BAO DONG GAY ROI");
        IncidentView incident = awaitIncidentOf(reporter);

        scene.sms(member, "XONG");
        awaitSms(member, "chi to truong, to pho, truong thon hoac cong an xa");
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.OPEN);

        scene.sms(s.police, "BAO NHAM");
        awaitSms(s.police, "Da ket thuc vu viec");
        awaitSms(member, "BAO NHAM: GAY ROI tai quan nuoc");
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.FALSE_ALARM);

        scene.sms(member, "1");
        awaitSms(member, "da ket thuc (bao nham). Khong can den nua");
        assertThat(reload(incident).comingCount()).isZero();
        scene.sms(s.head, "XONG"); // nothing open asks the head anything: the word closes nothing
        awaitSms(s.head, "Keng chua hieu");
    }

    @Test
    void beyondTheHourlyLimitReportsJoinTheLatestOpenOneOrAreRefused() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);
        String[] kinds = {"chay rom", "trom ga", "cuu ho gap", "danh nhau"};
        for (int i = 0; i < 3; i++) {
            scene.sms(reporter, kinds[i]);
            int expected = i + 1;
            await().atMost(PATIENCE).until(() -> queries.reportedBy(reporter.getId()).size() == expected);
        }
        scene.sms(reporter, kinds[3]);
        awaitSms(reporter, "Anh/chi da bao 3 vu viec trong 1 gio qua. Tin nay duoc ghi them");
        assertThat(queries.reportedBy(reporter.getId())).hasSize(3);
        IncidentView latest = queries.reportedBy(reporter.getId()).get(0);
        assertThat(reload(latest).timeline()).extracting(IncidentView.Step::kind).contains("OVER_LIMIT");

        scene.sms(s.police, "XONG");
        await().atMost(PATIENCE).until(() -> reload(latest).status() == IncidentStatus.RESOLVED);
        scene.sms(reporter, "su co cay do");
        awaitSms(reporter, "chua bao them duoc");
        assertThat(queries.reportedBy(reporter.getId())).hasSize(3);
    }
}
