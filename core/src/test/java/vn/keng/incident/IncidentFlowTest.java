package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.TextForms;
import vn.keng.registry.Person;
import vn.keng.testing.CoreTest;

/** The whole story through the real pipeline: SMS report, alarms on Telegram and SMS, answers, count, closing. */
@CoreTest
class IncidentFlowTest extends IncidentTestSupport {

    @Autowired IncidentEventsProbe events;

    @Test
    void anSmsReportAlarmsTheGroupAndItsLeadersAnswersAreCountedAndTheClosingReachesEveryone() {
        IncidentScene.Built s = scene.build(2, 1);
        Person reporter = s.members.get(0);
        Person smsMember = s.members.get(1);
        Person telegramMember = s.members.get(2);

        scene.sms(reporter, "CHAY NHA ONG BA THON 3");

        OutboundEnvelope confirmation = awaitSms(reporter, "Da bao dong");
        IncidentView incident = awaitIncidentOf(reporter);
        assertThat(incident.kind()).isEqualTo(IncidentKind.FIRE);
        assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(incident.place()).isEqualTo("ONG BA THON 3");
        assertThat(incident.groupId()).isEqualTo(s.group.getId());
        // leader, deputy, head, police, striker, two other members
        assertThat(incident.alertedCount()).isEqualTo(7);
        assertThat(confirmation.text()).contains("Da bao dong 7 nguoi");

        OutboundEnvelope smsAlarm = awaitSms(smsMember, "BAO DONG CHAY, NO tai ONG BA THON 3");
        assertThat(smsAlarm.text()).as("the SMS names the reporter's phone, to call back; the chat names them too")
                .contains("Bao tin: " + reporter.getPhone().national()).contains("1=Toi den ngay, 2=Khong den duoc");
        assertThat(TextForms.isGsm7(smsAlarm.text())).isTrue();
        OutboundEnvelope telegramAlarm = awaitTelegram(telegramMember, "BÁO ĐỘNG CHÁY, NỔ");
        assertThat(telegramAlarm.options()).extracting(o -> o.data())
                .containsExactly("incident:coming:" + incident.id(), "incident:cannot:" + incident.id());
        assertThat(telegramAlarm.options().get(0).label()).isEqualTo("Tôi đến ngay");
        awaitTelegram(s.leader, "BÁO ĐỘNG CHÁY, NỔ");
        // A chat "sent" proves nothing in Vietnam: people linked on Telegram get the alarm by SMS too.
        awaitSms(s.leader, "BAO DONG CHAY");
        awaitSms(telegramMember, "BAO DONG CHAY");
        awaitSms(s.deputy, "BAO DONG CHAY");
        awaitSms(s.head, "BAO DONG CHAY");
        awaitSms(s.police, "BAO DONG CHAY");
        assertThat(awaitSms(s.striker, "DANH KENG BAO DONG").text()).contains("ONG BA THON 3");
        awaitOn(fakeTelegram, String.valueOf(s.groupChat), "BÁO ĐỘNG CHÁY, NỔ");
        assertThat(smsTo(reporter)).noneMatch(e -> e.text().contains("BAO DONG CHAY"));

        scene.sms(smsMember, "1");
        awaitSms(smsMember, "Da ghi nhan: anh/chi den ngay");
        awaitSms(reporter, smsMember.getName().replace("Người", "Nguoi") + " dang den ho tro");
        awaitTelegram(s.leader, "1 người đang đến");
        awaitSms(s.police, "1 nguoi dang den");

        scene.telegram(telegramMember, "", "incident:coming:" + incident.id());
        awaitTelegram(telegramMember, "Đã ghi nhận: anh/chị đến ngay");
        scene.sms(s.deputy, "2");
        awaitSms(s.deputy, "khong den duoc");
        await().atMost(PATIENCE).until(() -> reload(incident).comingCount() == 2);

        scene.telegram(s.leader, "Xong", null);
        awaitTelegram(s.leader, "Đã kết thúc vụ việc");
        for (Person told : new Person[] {reporter, smsMember, s.deputy, s.head, s.police, s.striker}) {
            awaitSms(told, "DA XU LY XONG: CHAY, NO tai ONG BA THON 3");
        }
        awaitTelegram(telegramMember, "ĐÃ XỬ LÝ XONG");
        awaitOn(fakeTelegram, String.valueOf(s.groupChat), "ĐÃ XỬ LÝ XONG");

        IncidentView closed = reload(incident);
        assertThat(closed.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(closed.closedBy()).isEqualTo(s.leader.getId());
        assertThat(closed.timeline()).extracting(IncidentView.Step::kind)
                .contains("REPORTED", "GONG_REQUESTED", "ALARMED", "ALARM_QUEUED", "ANSWER_COMING", "ANSWER_CANNOT",
                        "RESOLVED");
        await().atMost(PATIENCE).until(() -> reload(incident).timeline().stream()
                .anyMatch(step -> step.kind().equals("ALARM_SENT")));

        assertThat(events.of(IncidentReported.class, incident.id())).singleElement()
                .satisfies(e -> assertThat(e.verified()).isTrue());
        assertThat(events.of(IncidentClosed.class, incident.id())).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(e.firstComingAt()).isAfterOrEqualTo(e.reportedAt()).isBeforeOrEqualTo(e.closedAt());
        });
    }

    @Test
    void aSecondReportOfTheSameKindFromTheGroupJoinsTheFirstWithoutASecondAlarm() {
        IncidentScene.Built s = scene.build(3, 0);
        Person first = s.members.get(0);
        Person second = s.members.get(1);
        Person bystander = s.members.get(2);

        scene.sms(first, "BAO CHAY nha van hoa");
        awaitSms(first, "Da bao dong");
        awaitSms(bystander, "BAO DONG CHAY");
        scene.sms(second, "chay nha van hoa");
        OutboundEnvelope reply = awaitSms(second, "da duoc bao");
        assertThat(reply.text()).contains("7 nguoi");

        IncidentView incident = awaitIncidentOf(first);
        assertThat(awaitIncidentOf(second).id()).isEqualTo(incident.id());
        IncidentView merged = reload(incident);
        assertThat(merged.reporters()).extracting(IncidentView.Reporter::personId)
                .containsExactly(first.getId(), second.getId());
        assertThat(merged.timeline()).extracting(IncidentView.Step::kind).contains("REPORTED_AGAIN");
        assertThat(merged.timeline()).filteredOn(step -> step.kind().equals("ALARM_QUEUED")
                && bystander.getId().equals(step.personId())).hasSize(1);

        scene.sms(first, "TROM xe may");
        awaitSms(first, "Da nhan tin bao trom");
        assertThat(queries.reportedBy(first.getId())).hasSize(2);
    }

    @Test
    void reportsArrivingTogetherFromOneGroupOpenOneIncident() {
        IncidentScene.Built s = scene.build(5, 0);
        for (Person reporter : s.members) {
            scene.sms(reporter, "chay nha kho hop tac xa");
        }
        for (Person reporter : s.members) {
            awaitIncidentOf(reporter);
        }
        long distinct = s.members.stream().map(p -> queries.reportedBy(p.getId()).get(0).id()).distinct().count();
        assertThat(distinct).isEqualTo(1);
        IncidentView incident = reload(queries.reportedBy(s.members.get(0).getId()).get(0));
        assertThat(incident.reporters()).hasSize(5);
        assertThat(incident.timeline()).filteredOn(step -> step.kind().equals("ALARMED")).hasSize(1);
    }
}
