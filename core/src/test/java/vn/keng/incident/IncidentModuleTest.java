package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Correlation;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.Person;
import vn.keng.testing.CoreModuleTest;
import vn.keng.testing.FakeChannel;

/**
 * The incident module alone with what it depends on (no duty, no reports): a report commits with
 * its {@link IncidentReported} event and the fan-out, a listener of it, queues the alarms after the
 * commit; a closing commits with its {@link IncidentClosed} event and the copies not sent yet are
 * withdrawn. Stimulated and awaited with Spring Modulith's {@link Scenario}, checked on the outbox
 * through messaging's {@link OutboxQueries}.
 */
@CoreModuleTest
class IncidentModuleTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired IncidentScene scene;
    @Autowired IncidentReporting reporting;
    @Autowired IncidentClosing closing;
    @Autowired Incidents incidents;
    @Autowired OutboxQueries outbox;
    @Autowired TransactionTemplate tx;
    @Autowired FakeChannel fakeSms;
    @Autowired FakeChannel fakeTelegram;
    @Autowired ApplicationContext context;

    @AfterEach
    void release() {
        fakeSms.reset();
        fakeTelegram.reset();
    }

    @Test
    void theSliceHoldsIncidentsAndWhatTheyUseButNotDutyOrReports() {
        assertThat(context.getBeanNamesForType(IncidentFanOut.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(OutboxQueries.class)).hasSize(1);
        assertThat(context.containsBean("gongSettings")).isFalse();
        assertThat(context.containsBean("reportFiles")).isFalse();
    }

    @Test
    void aReportPublishesIncidentReportedAndTheFanOutQueuesTheAlarmsAfterTheCommit(Scenario scenario) {
        IncidentScene.Built s = scene.build(2, 0);
        Person reporter = s.members.get(0);

        scenario.stimulate(t -> t.execute(status -> reporting.report(fire(reporter))))
                .andWaitForEventOfType(IncidentReported.class)
                .matching(event -> s.village.getId().equals(event.villageId()))
                .toArriveAndVerify((event, receipt) -> {
                    assertThat(event.incidentId()).isEqualTo(receipt.followUpIncident());
                    assertThat(event.verified()).isTrue();
                    assertThat(event.groupId()).isEqualTo(s.group.getId());
                    await().atMost(PATIENCE).untilAsserted(() -> assertThat(alarms(event.incidentId()))
                            .extracting(OutboxEntry::personId).contains(s.leader.getId(), s.deputy.getId(),
                                    s.head.getId(), s.police.getId(), s.striker.getId(), s.members.get(1).getId()));
                });
    }

    @Test
    void aClosingPublishesIncidentClosedAndWithdrawsTheAlarmCopiesNotSentYet(Scenario scenario) {
        IncidentScene.Built s = scene.build(1, 0);
        // every channel answers "try again in an hour": the alarms stay queued, none leaves
        fakeSms.answerWith(e -> SendOutcome.retryLater(Duration.ofHours(1), "held by the test"));
        fakeTelegram.answerWith(e -> SendOutcome.retryLater(Duration.ofHours(1), "held by the test"));
        long incidentId = tx.execute(t -> reporting.report(fire(s.members.get(0)))).followUpIncident();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(alarms(incidentId)).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(row -> {
                    assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
                    assertThat(row.attempts()).isPositive();
                }));

        scenario.stimulate(t -> t.execute(status -> closing.close(s.leader,
                        incidents.findForUpdate(incidentId).orElseThrow(), IncidentStatus.RESOLVED)))
                .andWaitForEventOfType(IncidentClosed.class)
                .matching(event -> event.incidentId() == incidentId)
                .toArriveAndVerify((event, reply) -> {
                    assertThat(reply.template()).isEqualTo("incident.closed-ack");
                    assertThat(event.status()).isEqualTo(IncidentStatus.RESOLVED);
                    await().atMost(PATIENCE).untilAsserted(() -> assertThat(alarms(incidentId)).allSatisfy(row -> {
                        assertThat(row.status()).isEqualTo(OutboxStatus.ANSWERED);
                        assertThat(row.lastError()).startsWith("withdrawn");
                    }));
                });
    }

    private List<OutboxEntry> alarms(long incidentId) {
        return outbox.byCorrelation(Correlation.incident(incidentId)).stream()
                .filter(row -> row.template().startsWith("incident.alarm")).toList();
    }

    private static IncidentReport fire(Person reporter) {
        return new IncidentReport(IncidentKind.FIRE, "nhà văn hóa", "CHAY NHA VAN HOA", Optional.of(reporter),
                ChannelType.SMS, reporter.getPhone().e164(), null, null, null);
    }
}
