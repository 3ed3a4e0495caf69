package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.DeliveryReports;
import vn.keng.messaging.DeliveryStatus;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.Priority;
import vn.keng.registry.Person;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;

/**
 * Calling alarm recipients who have not answered: who is called, at most how many, never twice,
 * and what an answer by key does. A voice channel faked at the SPI; the sweep is run by the test
 * at a chosen moment (its schedule is an hour here).
 */
@CoreTest
@Import(IncidentCallsTest.Voice.class)
@TestPropertySource(properties = {"keng.voice.max-calls=4", "keng.voice.sweep=PT1H", "keng.voice.alarm-after=PT90S"})
class IncidentCallsTest extends IncidentTestSupport {

    @TestConfiguration(proxyBeanMethods = false)
    static class Voice {
        @Bean
        FakeChannel fakeVoice() {
            FakeChannel voice = new FakeChannel(ChannelType.VOICE);
            voice.limitRate(1000);
            return voice;
        }
    }

    @Autowired @Qualifier("fakeVoice") FakeChannel fakeVoice;
    @Autowired IncidentCalls calls;
    @Autowired InboundMessages inbound;
    @Autowired DeliveryReports reports;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void recipientsWhoHaveNotAnsweredAreCalledOnceAfterAlarmAfter() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);
        scene.sms(reporter, "BAO CHAY nha kho");
        IncidentView incident = awaitIncidentOf(reporter);
        awaitSms(s.leader, "BAO DONG");
        scene.sms(s.leader, "1");
        await().atMost(PATIENCE).until(() -> reload(incident).comingCount() == 1);

        calls.sweepAt(clock.instant().plusSeconds(30)); // too early
        assertThat(callRows(incident)).isZero();
        calls.sweepAt(clock.instant().plusSeconds(91));

        List<String> expected = List.of(s.striker, s.deputy, s.head, s.police).stream()
                .map(p -> p.getPhone().e164()).toList();
        assertThat(callRows(incident)).isEqualTo(4);
        await().atMost(PATIENCE).until(() -> calledIn(incident).size() == 4);
        assertThat(calledIn(incident)).containsExactlyInAnyOrderElementsOf(expected);
        OutboundEnvelope striker = fakeVoice.sentTo(s.striker.getPhone().e164()).get(0);
        assertThat(striker.priority()).isEqualTo(Priority.ALARM);
        assertThat(striker.text()).contains("Kẻng báo động").contains("đánh kẻng báo động ngay");
        assertThat(striker.options()).extracting(o -> o.number() + "=" + o.data())
                .containsExactly("1=incident:coming:" + incident.id(), "2=incident:cannot:" + incident.id());

        calls.sweepAt(clock.instant().plusSeconds(200)); // never twice
        assertThat(callRows(incident)).isEqualTo(4);
        // the fake channel took the calls; their outcome is recorded just after (no race on a slow database)
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(reload(incident).timeline())
                .extracting(IncidentView.Step::kind).contains("CALLED", "CALL_QUEUED", "CALL_PLACED"));
    }

    @Test
    void atMostMaxCallsPerIncidentAndNotAfterTheIncidentIsClosed() throws Exception {
        IncidentScene.Built s = scene.build(5, 0);
        scene.sms(s.members.get(0), "BAO CHAY nha kho");
        IncidentView incident = awaitIncidentOf(s.members.get(0));
        awaitSms(s.members.get(4), "BAO DONG");

        calls.sweepAt(clock.instant().plusSeconds(91));
        calls.sweepAt(clock.instant().plusSeconds(120));
        assertThat(callRows(incident)).isEqualTo(4);
        await().atMost(PATIENCE).until(() -> calledIn(incident).size() == 4);
        Thread.sleep(300); // a fifth call would be on its way by now
        assertThat(calledIn(incident)).hasSize(4);

        IncidentScene.Built other = scene.build(1, 0);
        scene.sms(other.members.get(0), "BAO CHAY kho rom");
        IncidentView closed = awaitIncidentOf(other.members.get(0));
        awaitSms(other.police, "BAO DONG");
        scene.sms(other.police, "XONG");
        await().atMost(PATIENCE).until(() -> reload(closed).status() == IncidentStatus.RESOLVED);
        calls.sweepAt(clock.instant().plusSeconds(91));
        assertThat(calledIn(closed)).isEmpty();
    }

    @Test
    void twoInstancesSweepingAtOnceCallEachPersonOnce() throws Exception {
        IncidentScene.Built s = scene.build(2, 0);
        scene.sms(s.members.get(0), "BAO CHAY nha kho");
        IncidentView incident = awaitIncidentOf(s.members.get(0));
        awaitSms(s.members.get(1), "BAO DONG");

        Instant at = clock.instant().plusSeconds(91);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> sweeps = List.of(() -> calls.sweepAt(at), () -> calls.sweepAt(at));
            for (Future<Integer> f : pool.invokeAll(sweeps)) {
                f.get();
            }
            assertThat(callRows(incident)).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        await().atMost(PATIENCE).until(() -> calledIn(incident).size() == 4);
        Thread.sleep(300); // a second call would be on its way by now
        List<String> called = calledIn(incident);
        assertThat(Set.copyOf(called)).hasSize(called.size());
    }

    @Test
    void aKeyPressedInTheCallAnswersTheAlarmAndTheCallOutcomeIsOnTheTimeline() {
        IncidentScene.Built s = scene.build(1, 0);
        scene.sms(s.members.get(0), "BAO CHAY nha kho");
        IncidentView incident = awaitIncidentOf(s.members.get(0));
        awaitSms(s.police, "BAO DONG");
        calls.sweepAt(clock.instant().plusSeconds(91));
        await().atMost(PATIENCE).until(() -> calledIn(incident).size() == 4);
        OutboundEnvelope toHead = fakeVoice.sentTo(s.head.getPhone().e164()).get(0);
        OutboundEnvelope toStriker = fakeVoice.sentTo(s.striker.getPhone().e164()).get(0);
        String headCall = "voice-" + toHead.outboxId() + "-1";
        String strikerCall = "voice-" + toStriker.outboxId() + "-1";

        inbound.receive(new InboundMessage(ChannelType.VOICE, headCall + ":1", s.head.getPhone().e164(), null, "1",
                null, "incident:coming:" + incident.id(), null, Instant.now()));
        await().atMost(PATIENCE).until(() -> reload(incident).comingCount() == 1);
        awaitSms(s.head, "Da ghi nhan: anh/chi den ngay"); // the reply goes by SMS: a key is never answered by another call
        assertThat(fakeVoice.sentTo(s.head.getPhone().e164())).hasSize(1);

        assertThat(reports.report(ChannelType.VOICE, headCall, DeliveryStatus.DELIVERED, null, 2)).isTrue();
        assertThat(reports.report(ChannelType.VOICE, strikerCall, DeliveryStatus.UNDELIVERED, "no-answer", 0)).isTrue();
        List<IncidentView.Step> timeline = reload(incident).timeline();
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo("ANSWER_COMING");
            assertThat(step.channel()).isEqualTo(ChannelType.VOICE);
            assertThat(step.personId()).isEqualTo(s.head.getId());
        });
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo("CALL_COMPLETED");
            assertThat(step.personId()).isEqualTo(s.head.getId());
            assertThat(step.detail()).contains("2 min billed");
        });
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo("CALL_NO_ANSWER");
            assertThat(step.personId()).isEqualTo(s.striker.getId());
            assertThat(step.detail()).contains("no-answer");
        });
        // The incident's calls counted as the yearly report counts them (prices 0 here: keng.voice.cost unset).
        IncidentView.Calls counted = reload(incident).calls();
        assertThat(counted.made()).isEqualTo(4);
        assertThat(counted.answered()).isEqualTo(1);
        assertThat(counted.completed()).isEqualTo(1);
        assertThat(counted.noAnswer()).isEqualTo(1);
        assertThat(counted.busy()).isZero();
        assertThat(counted.minutes()).isEqualTo(2);
        assertThat(counted.cost()).isEqualByComparingTo("0");
        assertThat(counted.currency()).isEqualTo("USD");
    }

    /** Calls recorded for the incident (the database may hold other tests' incidents: count only this one's). */
    private int callRows(IncidentView incident) {
        return jdbc.queryForObject("select count(*) from incident_call where incident_id = ? and outbox_id is not null",
                Integer.class, incident.id());
    }

    /** The phones called about the incident (the fake channel's envelopes whose options name it). */
    private List<String> calledIn(IncidentView incident) {
        String data = "incident:coming:" + incident.id();
        return fakeVoice.sent().stream().filter(e -> e.options().stream().anyMatch(o -> o.data().equals(data)))
                .map(OutboundEnvelope::address).collect(Collectors.toCollection(ArrayList::new));
    }
}
