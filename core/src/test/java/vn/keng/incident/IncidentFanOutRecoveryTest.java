package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import vn.keng.messaging.Notifications;
import vn.keng.registry.Person;
import vn.keng.testing.CoreTest;

/**
 * The report commits first, its alarms after: when the fan-out dies midway (here: the third alarm
 * cannot be written), nothing of it stays, the report and its {@link IncidentReported} publication
 * do; handed to the listener again (what {@code EventRetryJob} does every minute), the alarms are
 * written once, and a second delivery of the same publication writes nothing more.
 */
@CoreTest
@Import(IncidentFanOutRecoveryTest.Faults.class)
class IncidentFanOutRecoveryTest extends IncidentTestSupport {

    /** Lets the fan-out die at the n-th notice it queues: the real notifications, with a fault in front. */
    @TestConfiguration
    static class Faults {

        static final AtomicInteger dieAtCall = new AtomicInteger();
        static final AtomicInteger calls = new AtomicInteger();
        static final AtomicInteger deaths = new AtomicInteger();

        @Bean
        static BeanPostProcessor dyingNotifications() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof Notifications real)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(Notifications.class.getClassLoader(),
                            new Class<?>[] {Notifications.class}, (proxy, method, args) -> {
                                if (method.getName().equals("notify") && dieAtCall.get() > 0
                                        && calls.incrementAndGet() == dieAtCall.get()) {
                                    deaths.incrementAndGet();
                                    throw new IllegalStateException("the instance died during the fan-out");
                                }
                                try {
                                    return method.invoke(real, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }
    }

    @Autowired IncompleteEventPublications publications;
    @Autowired IncidentFanOut fanOut;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void heal() {
        Faults.dieAtCall.set(0);
    }

    @Test
    void aFanOutThatDiesMidwayLeavesTheReportAndItsPublicationAndIsCompletedOnceWhenResubmitted() {
        IncidentScene.Built s = scene.build(2, 1);
        Person reporter = s.members.get(0);
        Faults.calls.set(0);
        Faults.dieAtCall.set(3);

        scene.sms(reporter, "CHAY NHA ONG BA THON 3");

        IncidentView incident = awaitIncidentOf(reporter);
        await().atMost(PATIENCE).until(() -> Faults.deaths.get() > 0 && incompleteFor(incident.id()) == 1);
        // the report is committed; the two alarms queued before the death are not
        assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(reload(incident).alertedCount()).isZero();
        assertThat(reload(incident).timeline()).extracting(IncidentView.Step::kind).doesNotContain("ALARMED");
        assertThat(alarmRows(incident.id())).isZero();

        Faults.dieAtCall.set(0);
        publications.resubmitIncompletePublications(p -> p.getEvent() instanceof IncidentReported r
                && r.incidentId() == incident.id());

        await().atMost(PATIENCE).until(() -> incompleteFor(incident.id()) == 0);
        assertThat(reload(incident).alertedCount()).isEqualTo(7);
        assertThat(awaitSms(reporter, "Da bao dong").text()).contains("Da bao dong 7 nguoi");
        awaitSms(s.striker, "DANH KENG BAO DONG");
        long rows = alarmRows(incident.id());
        assertThat(rows).isGreaterThanOrEqualTo(7);

        // delivered once more (the instance died after the alarms committed, before the completion was written)
        fanOut.on(new IncidentReported(incident.id(), IncidentKind.FIRE, incident.communeId(), incident.villageId(),
                s.group.getId(), incident.reportedAt(), true));
        assertThat(alarmRows(incident.id())).isEqualTo(rows);
        assertThat(reload(incident).alertedCount()).isEqualTo(7);
        assertThat(reload(incident).timeline()).filteredOn(step -> step.kind().equals("ALARMED")).hasSize(1);
    }

    @Test
    void aReportWhoseFanOutSucceedsLeavesNoIncompletePublication() {
        IncidentScene.Built s = scene.build(1, 0);
        Person reporter = s.members.get(0);

        scene.sms(reporter, "CHAY NHA VAN HOA");

        awaitSms(reporter, "Da bao dong");
        IncidentView incident = awaitIncidentOf(reporter);
        assertThat(incompleteFor(incident.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type like ? "
                + "and serialized_event like ? and listener_id like ?", Long.class, "%IncidentReported",
                "%\"incidentId\":" + incident.id() + ",%", "%IncidentFanOut%")).isEqualTo(1);
    }

    @Test
    void aClosingWhoseBroadcastDiesMidwayIsAckedAtOnceAndTellsEverybodyOnceWhenResubmitted() {
        IncidentScene.Built s = scene.build(2, 0);
        Person reporter = s.members.get(0);
        scene.sms(reporter, "CHAY NHA ONG BA THON 3");
        IncidentView incident = awaitIncidentOf(reporter);
        awaitSms(s.striker, "DANH KENG BAO DONG");
        Faults.calls.set(0);
        Faults.dieAtCall.set(2);

        scene.sms(s.police, "XONG");

        // the decision and the closer's answer are committed with the message; the broadcast is not
        assertThat(awaitSms(s.police, "Da ket thuc vu viec").text()).contains("Da bao cho 6 nguoi");
        await().atMost(PATIENCE).until(() -> Faults.deaths.get() > 0
                && incompleteFor(IncidentClosed.class, incident.id()) == 1);
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(outcomeRows(incident.id())).isZero();

        Faults.dieAtCall.set(0);
        publications.resubmitIncompletePublications(p -> p.getEvent() instanceof IncidentClosed c
                && c.incidentId() == incident.id());

        await().atMost(PATIENCE).until(() -> incompleteFor(IncidentClosed.class, incident.id()) == 0);
        awaitSms(reporter, "DA XU LY XONG");
        awaitSms(s.striker, "DA XU LY XONG");
        long rows = outcomeRows(incident.id());
        assertThat(rows).as("people told, as the closer was answered").isEqualTo(6);

        IncidentView closed = reload(incident);
        fanOut.on(new IncidentClosed(closed.id(), IncidentKind.FIRE, IncidentStatus.RESOLVED, closed.villageId(),
                closed.reportedAt(), null, closed.closedAt()));
        assertThat(outcomeRows(incident.id())).isEqualTo(rows);
        assertThat(reload(incident).timeline()).filteredOn(step -> step.kind().equals("CLOSING_TOLD")).hasSize(1);
    }

    private long incompleteFor(long incidentId) {
        return incompleteFor(IncidentReported.class, incidentId);
    }

    private long incompleteFor(Class<?> type, long incidentId) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and event_type like ? and serialized_event like ? and listener_id like ?", Long.class,
                "%" + type.getSimpleName(), "%\"incidentId\":" + incidentId + ",%", "%IncidentFanOut%");
    }

    /** How many people were queued the outcome (on one channel or more). */
    private long outcomeRows(long incidentId) {
        return jdbc.queryForObject("select count(distinct person_id) from outbound_message where correlation_kind = 'INCIDENT' "
                + "and correlation_id = ? and template = 'incident.resolved' and person_id is not null", Long.class,
                incidentId);
    }

    private long alarmRows(long incidentId) {
        return jdbc.queryForObject("select count(*) from outbound_message where correlation_kind = 'INCIDENT' "
                + "and correlation_id = ? and template like 'incident.alarm%'", Long.class, incidentId);
    }
}
