package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.messaging.MessageLog;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.TextForms;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.testing.CoreTest;

/**
 * Messages written the way villagers write, through the real pipeline: a report in plain words
 * alarms at once, an unsure one is asked about with one numbered question whose answer acts, and
 * ordinary words change nobody's state.
 */
@CoreTest
class UnderstandingFlowTest extends IncidentTestSupport {

    @Autowired People people;
    @Autowired MessageLog log;

    @Test
    void aFireReportedInPlainWordsAlarmsTheGroupWithThePlaceAsWritten() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);

        scene.sms(reporter, "có cháy ở nhà bác Tư xóm trên");

        IncidentView incident = awaitIncidentOf(reporter);
        assertThat(incident.kind()).isEqualTo(IncidentKind.FIRE);
        assertThat(incident.place()).isEqualTo("nhà bác Tư xóm trên");
        assertThat(incident.groupId()).isEqualTo(s.group.getId());
        awaitSms(s.deputy, "BAO DONG CHAY, NO tai nha bac Tu xom tren");
        awaitSms(s.police, "BAO DONG CHAY");
    }

    @Test
    void anUnsureMessageGetsOneNumberedQuestionAndItsDigitReportsAtOnce() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);

        scene.sms(reporter, "lúa cháy lá vì nắng");

        OutboundEnvelope question = awaitSms(reporter, "1=Chay, no, 2=Trom, 3=Cuu nan, 4=Gay roi, 0=Khong phai");
        assertThat(question.text()).contains("114", "113");
        assertThat(TextForms.isGsm7(question.text())).isTrue();
        assertThat(TextForms.smsSegments(question.text())).isEqualTo(1);
        assertThat(queries.reportedBy(reporter.getId())).isEmpty();

        scene.sms(reporter, "1");

        IncidentView incident = awaitIncidentOf(reporter);
        assertThat(incident.kind()).isEqualTo(IncidentKind.FIRE);
        awaitSms(s.deputy, "BAO DONG CHAY");
    }

    @Test
    void theWordsOfAnOptionAnswerTheQuestionToo() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);

        scene.sms(reporter, "lúa nhà tôi cháy lá vì nắng");
        awaitSms(reporter, "0=Khong phai");
        scene.sms(reporter, "Trộm");

        assertThat(awaitIncidentOf(reporter).kind()).isEqualTo(IncidentKind.THEFT);
    }

    @Test
    void zeroSaysNothingHappenedAndRaisesNothing() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);

        scene.sms(reporter, "lúa cháy lá vì nắng quá");
        awaitSms(reporter, "0=Khong phai");
        scene.sms(reporter, "0");

        awaitSms(reporter, "khong co vu viec");
        assertThat(queries.reportedBy(reporter.getId())).isEmpty();
        assertThat(smsTo(s.deputy)).isEmpty();
    }

    @Test
    void anAnswerToAQuestionThatExpiredIsToldSoAndReportsNothing() {
        IncidentScene.Built s = scene.build(0, 1);
        Person reporter = s.members.get(0);

        scene.telegram(reporter, "", "incident:kind:FIRE:1000");

        awaitTelegram(reporter, "đã hết hạn");
        assertThat(queries.reportedBy(reporter.getId())).isEmpty();
    }

    @Test
    void ordinaryWordsChangeNoSettingAndOnlyExplicitPhrasesDo() {
        IncidentScene.Built s = scene.build(1, 0);
        Person resident = s.members.get(0);

        for (String word : List.of("Đúng", "Đúng rồi", "hủy", "dừng", "bắt", "huỷ cuộc họp tối nay à")) {
            scene.sms(resident, word);
        }
        await().atMost(PATIENCE).until(() -> smsTo(resident).size() >= 6);
        assertThat(optedOut(resident)).isFalse();

        scene.sms(resident, "TẮT TIN nhé");
        awaitSms(resident, "Da tat tin thong bao");
        assertThat(optedOut(resident)).isTrue();

        scene.sms(resident, "nhận tin lại");
        awaitSms(resident, "Da bat lai tin thong bao");
        assertThat(optedOut(resident)).isFalse();
    }

    @Test
    void aPlainMembersXongNeverClosesTheIncident() {
        IncidentScene.Built s = scene.build(2, 0);
        Person reporter = s.members.get(0);
        Person member = s.members.get(1);
        scene.sms(reporter, "BAO CHAY NHA ONG BA");
        IncidentView incident = awaitIncidentOf(reporter);
        awaitSms(member, "BAO DONG CHAY");

        scene.sms(member, "xong");
        scene.sms(member, "sai");

        await().atMost(PATIENCE).until(() -> smsTo(member).size() >= 3);
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.OPEN);

        scene.sms(s.deputy, "xong");
        await().atMost(PATIENCE).until(() -> reload(incident).status() == IncidentStatus.RESOLVED);
    }

    @Test
    void badInputGetsAClearReplyAndNoServerError() {
        IncidentScene.Built s = scene.build(1, 0);
        Person sender = s.members.get(0);
        List<String> inputs = List.of("", "x".repeat(10_000), "😀😀🔥", "123456", "火事 です", "\u200Bok\u200B\u200D",
                "Привет как дела", "?!?!");

        inputs.forEach(text -> scene.sms(sender, text));

        await().atMost(PATIENCE).until(() -> log.forPerson(sender.getId(), 50).stream()
                .filter(l -> l.direction().equals("in")).count() == inputs.size()
                && log.forPerson(sender.getId(), 50).stream().filter(l -> l.direction().equals("in"))
                        .allMatch(l -> l.status().equals("HANDLED")));
        await().atMost(PATIENCE).until(() -> smsTo(sender).size() >= inputs.size());
        assertThat(smsTo(sender)).allMatch(e -> e.text().contains("114"));
        assertThat(optedOut(sender)).isFalse();
    }

    private boolean optedOut(Person person) {
        return people.findById(person.getId()).orElseThrow().isInfoOptOut();
    }
}
