package vn.keng.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.incident.IncidentQueries;
import vn.keng.incident.IncidentView;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * From the signed webhook through the real pipeline, dialog, incident and report modules and the
 * outbox to the fake Zalo: a fire reported on Zalo alarms the group by SMS and Zalo at once and an
 * answer on Zalo counts; an official's report comes with its chart as a photo Zalo fetches.
 */
class ZaloEndToEndTest extends ZaloContext {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired Registry registry;
    @Autowired TransactionTemplate tx;
    @Autowired IncidentQueries incidents;
    @Autowired OutboxQueries outbox;

    @Test
    void aFireReportedOnZaloAlarmsTheGroupBySmsAndZaloAndAZaloAnswerCounts() throws Exception {
        Commune commune = people.commune();
        Village village = people.village(commune);
        Person police = people.person(village, Role.POLICE);
        Person[] group = tx.execute(t -> {
            var g = registry.createGroup(village.getId(), TestPeople.unique("Tổ"), null, null);
            var household = registry.createHousehold(village.getId(), null, "Xóm Đình", g.getId());
            Person reporter = registry.createPerson(commune.getId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                    EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
            Person onZalo = registry.createPerson(commune.getId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                    EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
            Person smsOnly = registry.createPerson(commune.getId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                    EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
            return new Person[] {reporter, onZalo, smsOnly};
        });
        Person reporter = group[0];
        Person onZalo = group[1];
        Person smsOnly = group[2];
        String reporterChat = linkZalo(reporter);
        String memberChat = linkZalo(onZalo);

        post(Updates.text(FakeZaloApi.newId(), reporterChat, "Cháy nhà kho cuối xóm, có cháy!"), SECRET);

        IncidentView incident = Awaitility.await().atMost(PATIENCE).until(() -> incidents.reportedBy(reporter.getId()),
                list -> !list.isEmpty()).get(0);
        assertThat(incident.channel()).isEqualTo(ChannelType.ZALO);
        // The member on Zalo is alarmed on both channels at once, the one without Zalo by SMS, the police too.
        String zaloAlarm = awaitTexts(memberChat, 1).get(0);
        assertThat(zaloAlarm).contains("BÁO ĐỘNG", "Trả lời 1=", "2=");
        OutboundEnvelope smsAlarm = awaitSms(onZalo);
        assertThat(smsAlarm.text()).startsWith("BAO DONG");
        awaitSms(smsOnly);
        awaitSms(police);
        assertThat(awaitTexts(reporterChat, 1).get(0)).as("the reporter is told on Zalo").isNotBlank();

        // A copy of the member's SMS alarm still waiting for a retry: the answer on Zalo skips it.
        long waiting = waitingSmsCopy(incident, onZalo);
        post(Updates.text(FakeZaloApi.newId(), memberChat, "1"), SECRET);

        Awaitility.await().atMost(PATIENCE).until(() -> incidents.detail(incident.id()).orElseThrow().comingCount() == 1);
        assertThat(incidents.detail(incident.id()).orElseThrow().timeline()).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo("ANSWER_COMING");
            assertThat(step.personId()).isEqualTo(onZalo.getId());
            assertThat(step.channel()).isEqualTo(ChannelType.ZALO);
        });
        Awaitility.await().atMost(PATIENCE).until(() -> outbox.find(waiting).orElseThrow().status() == OutboxStatus.ANSWERED);
    }

    @Test
    void anOfficialsReportComesWithTheChartAsAPhotoZaloCanFetch() throws Exception {
        Person official = people.person(people.village(people.commune()), Role.OFFICIAL);
        String chat = linkZalo(official);

        post(Updates.text(FakeZaloApi.newId(), chat, "BC 2026"), SECRET);

        List<String> texts = awaitTexts(chat, 2);
        assertThat(texts.get(0)).contains("Báo cáo", "2026");
        assertThat(texts.get(1)).contains("📎", ".pdf", ".xlsx", PUBLIC_URL + "/webhooks/zalo/files/");
        String photo = Awaitility.await().atMost(PATIENCE).until(() -> api.callsTo("sendPhoto", chat), l -> !l.isEmpty())
                .get(0).path("photo").asString();
        assertThat(photo).startsWith(PUBLIC_URL + "/webhooks/zalo/files/").endsWith(".png");

        byte[] png = mvc.perform(get(photo.substring(PUBLIC_URL.length()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        String pdf = texts.get(1).lines().filter(line -> line.contains(".pdf")).findFirst().orElseThrow();
        mvc.perform(get(pdf.substring(pdf.indexOf(PUBLIC_URL) + PUBLIC_URL.length()))).andExpect(status().isOk());
    }

    private OutboundEnvelope awaitSms(Person person) {
        return Awaitility.await().atMost(PATIENCE).until(() -> sms.sentTo(person.getPhone().e164()), l -> !l.isEmpty())
                .get(0);
    }

    /** A copy of the alarm to the person that failed once and waits for its retry (as after a provider fault). */
    private long waitingSmsCopy(IncidentView incident, Person person) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into outbound_message (channel, address, person_id, template, text, "
                    + "priority, correlation_kind, correlation_id, status, attempts, next_attempt_at, created_at) "
                    + "values ('SMS', ?, ?, 'incident.alarm', 'BAO DONG', 0, 'INCIDENT', ?, 'PENDING', 1, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, person.getPhone().e164());
            ps.setLong(2, person.getId());
            ps.setLong(3, incident.id());
            ps.setTimestamp(4, Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
