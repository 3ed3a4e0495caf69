package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.duty.GongRounds;
import vn.keng.duty.DutyStatus;
import vn.keng.duty.NightRecorded;
import vn.keng.duty.PatrolRecorded;
import vn.keng.duty.Patrols;
import vn.keng.duty.RoundEntry;
import vn.keng.duty.RoundRecords;
import vn.keng.duty.RoundStep;
import vn.keng.incident.IncidentChanged;
import vn.keng.incident.IncidentQueries;
import vn.keng.incident.IncidentStatus;
import vn.keng.incident.IncidentView;
import vn.keng.report.render.JsonReport;
import vn.keng.testing.CoreTest;

/**
 * The read model fed by the events of real flows (a round started, confirmed by message, closed,
 * excused, a mistaken strike, a night recorded as service down; patrols started, done, missed, down; incidents reported, answered,
 * verified, resolved, left open) gives the same report, every section, as the read model rebuilt
 * from scratch out of the modules' facts; a second delivery of the events changes nothing.
 */
@CoreTest
class ReadModelEqualityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired vn.keng.registry.Registry registry;
    @Autowired vn.keng.testing.TestPeople people;
    @Autowired vn.keng.messaging.InboundMessages inbound;
    @Autowired GongRounds rounds;
    @Autowired RoundRecords records;
    @Autowired Patrols patrols;
    @Autowired IncidentQueries incidents;
    @Autowired Reports reports;
    @Autowired ReportReadModel readModel;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired vn.keng.testing.FakeChannel fakeSms;

    @Test
    void theLiveReadModelEqualsTheRebuiltOne() {
        ReadModelScene scene = new ReadModelScene(registry, people, inbound, tx);
        ReadModelScene.Built s = scene.build();
        long commune = s.commune.getId();
        LocalDate today = LocalDate.now(s.commune.getTimeZone());
        LocalDate tomorrow = today.plusDays(1);
        LocalDate yesterday = today.minusDays(1);

        rounds.run(commune, yesterday, RoundStep.START); // past its deadline: recorded as service down
        rounds.run(commune, tomorrow, RoundStep.START);
        List<RoundEntry> night = records.night(commune, tomorrow);
        assertThat(night).hasSize(3);
        scene.sms(s.strikers.get(0), "ok");
        scene.sms(s.strikers.get(1), "da danh");
        await().atMost(PATIENCE).until(() -> records.night(commune, tomorrow).stream()
                .filter(e -> e.recordedStatus() == DutyStatus.ON_TIME).count() == 2);
        scene.sms(s.strikers.get(0), "danh nham");
        String year = String.valueOf(tomorrow.getYear());
        await().atMost(PATIENCE).until(() -> reports.commune(commune, reports.period(commune, year)).current().total()
                .rounds().mistakenStrikes() == 1);
        rounds.run(commune, tomorrow, RoundStep.CLOSE);
        RoundEntry missed = records.night(commune, tomorrow).stream()
                .filter(e -> e.recordedStatus() == DutyStatus.MISSED).findFirst().orElseThrow();
        records.excuse(missed.dutyId(), "storm", "official");
        patrols.setRoster(s.village.getId(), vn.keng.registry.Rotation.FIXED, today.minusDays(7),
                List.of(s.head.getId()), null);
        rounds.run(commune, yesterday, RoundStep.PATROL); // past its due time: service down
        rounds.run(commune, today, RoundStep.PATROL);
        rounds.run(commune, today, RoundStep.PAT_CLOSE);
        rounds.run(commune, tomorrow, RoundStep.PATROL);
        patrols.done(s.head.getId(), null, null);

        scene.sms(s.members.get(0), "CHAY NHA VAN HOA");
        IncidentView fire = await().atMost(PATIENCE).until(() -> latest(s.members.get(0).getId()), i -> i != null);
        awaitSms(s.members.get(1), "BAO DONG");
        scene.sms(s.members.get(1), "1");
        await().atMost(PATIENCE).until(() -> detail(fire).comingCount() == 1);
        scene.sms(s.head, "da xu ly");
        await().atMost(PATIENCE).until(() -> detail(fire).status() == IncidentStatus.RESOLVED);
        scene.sms(vn.keng.testing.TestPeople.newPhone().e164(), "Bao chay nha kho " + s.village.getName());
        IncidentView unverified = await().atMost(PATIENCE).until(() -> incidents.byCommune(commune).stream()
                .filter(i -> i.status() == IncidentStatus.UNVERIFIED).findFirst().orElse(null), i -> i != null);
        awaitSms(s.police, "CHUA XAC MINH");
        scene.sms(s.police, "1");
        await().atMost(PATIENCE).until(() -> detail(unverified).status() == IncidentStatus.OPEN);
        scene.sms(s.members.get(2), "TROM xe may");
        // The read model follows each commit (its listener runs after it): wait for the last fan-out's.
        String thisYear = String.valueOf(today.getYear());
        await().atMost(PATIENCE).until(() -> reports.commune(commune, reports.period(commune, thisYear)).current()
                .total(), t -> t.incidents().total() == 3 && t.rounds().alarmStrikes() == 3);

        List<String> live = settled(s, today, tomorrow);
        Report report = reports.commune(commune, reports.period(commune, year));
        assertThat(report.current().total().rounds().nights()).isEqualTo(yesterday.getYear() == tomorrow.getYear() ? 6 : 3);
        assertThat(report.current().total().rounds().excused()).isEqualTo(1);
        assertThat(report.current().total().rounds().mistakenStrikes()).isEqualTo(1);
        assertThat(report.current().total().patrols().done()).isEqualTo(1);
        assertThat(report.current().total().incidents().falseAlarms() + report.current().total().incidents().unverified())
                .isZero();

        tx.executeWithoutResult(t -> {
            events.publishEvent(new NightRecorded(commune, tomorrow, null));
            events.publishEvent(new NightRecorded(commune, yesterday, night.get(0).gongPointId()));
            events.publishEvent(new PatrolRecorded(commune, tomorrow, null));
            events.publishEvent(new PatrolRecorded(commune, yesterday, s.village.getId()));
            incidents.byCommune(commune).forEach(i -> events.publishEvent(new IncidentChanged(i.id(), "ANSWERED")));
        });
        assertThat(reportsOf(s, today, tomorrow)).as("a second delivery changes nothing").isEqualTo(live);

        readModel.rebuild(commune);
        assertThat(reportsOf(s, today, tomorrow)).as("rebuilt from scratch").isEqualTo(live);
        readModel.rebuild(null);
        assertThat(reportsOf(s, today, tomorrow)).as("everything rebuilt").isEqualTo(live);
    }

    /**
     * The reports once the outbox has sent what the flows queued: the SMS section reads the outbox as
     * it is (not the read model), so wait until two reads 1.5 s apart agree.
     */
    private List<String> settled(ReadModelScene.Built s, LocalDate... days) {
        java.util.concurrent.atomic.AtomicReference<List<String>> last = new java.util.concurrent.atomic.AtomicReference<>();
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(1500)).until(() -> {
            List<String> now = reportsOf(s, days);
            return now.equals(last.getAndSet(now)) ? now : null;
        }, java.util.Objects::nonNull);
    }

    /** The commune's and the village's reports of the years of these days, as JSON without the generation time. */
    private List<String> reportsOf(ReadModelScene.Built s, LocalDate... days) {
        long commune = s.commune.getId();
        return new TreeSet<>(List.of(days).stream().map(LocalDate::getYear).toList()).stream()
                .flatMap(y -> List.of(reports.commune(commune, reports.period(commune, String.valueOf(y))),
                        reports.village(s.village.getId(), reports.period(commune, String.valueOf(y)))).stream())
                .map(r -> new String(JsonReport.render(r), java.nio.charset.StandardCharsets.UTF_8)
                        .replaceAll("\"generatedAt\":\"[^\"]*\"", ""))
                .toList();
    }

    private void awaitSms(vn.keng.registry.Person to, String fragment) {
        await().atMost(PATIENCE).until(() -> fakeSms.sentTo(to.getPhone().e164()).stream()
                .anyMatch(m -> m.text().contains(fragment)));
    }

    private IncidentView latest(long reporter) {
        List<IncidentView> found = incidents.reportedBy(reporter);
        return found.isEmpty() ? null : found.get(0);
    }

    private IncidentView detail(IncidentView incident) {
        return incidents.detail(incident.id()).orElseThrow();
    }
}
