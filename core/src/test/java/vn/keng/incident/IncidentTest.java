package vn.keng.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.ChannelType;

/** The aggregate guards its transitions and counts the latest answer of each person. */
class IncidentTest {

    private final Instant now = Instant.parse("2026-11-27T15:00:00Z");

    private Incident open() {
        return new Incident(IncidentKind.FIRE, new ReportScope(1L, 2L, 3L, true), " nhà ông Ba ", ChannelType.SMS, 10L,
                "+84912345678", null, now);
    }

    @Test
    void aKnownReporterOpensItAndTheLatestAnswerOfEachPersonCounts() {
        Incident incident = open();
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.OPEN);
        assertThat(incident.getPlace()).isEqualTo("nhà ông Ba");
        assertThat(incident.getSenderAddress()).isNull();
        assertThat(incident.answer(20L, Answer.COMING, ChannelType.SMS, now)).isTrue();
        assertThat(incident.answer(21L, Answer.COMING, ChannelType.TELEGRAM, now)).isTrue();
        assertThat(incident.answer(20L, Answer.COMING, ChannelType.SMS, now)).isFalse();
        assertThat(incident.answer(21L, Answer.CANNOT, ChannelType.TELEGRAM, now)).isFalse();
        assertThat(incident.getComingCount()).isEqualTo(1);
        assertThat(incident.responses()).hasSize(4);
    }

    @Test
    void aClosedIncidentTakesNoAnswerAndClosesOnce() {
        Incident incident = open();
        incident.markFalseAlarm(30L, now);
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.FALSE_ALARM);
        assertThat(incident.getClosedBy()).isEqualTo(30L);
        assertThatThrownBy(() -> incident.answer(20L, Answer.COMING, ChannelType.SMS, now))
                .isInstanceOf(IncidentClosedException.class).hasMessageContaining("FALSE_ALARM");
        assertThatThrownBy(() -> incident.resolve(30L, now)).isInstanceOf(IncidentClosedException.class);
        assertThatThrownBy(() -> incident.confirm(30L, now)).isInstanceOf(IncidentClosedException.class);
    }

    @Test
    void anUnknownSendersReportWaitsForConfirmationOrDismissal() {
        Incident incident = new Incident(IncidentKind.THEFT, new ReportScope(1L, 2L, null, false), null,
                ChannelType.SMS, null, "+84912345678", null, now);
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.UNVERIFIED);
        assertThat(incident.getSenderAddress()).isEqualTo("+84912345678");
        assertThatThrownBy(() -> incident.answer(20L, Answer.COMING, ChannelType.SMS, now))
                .isInstanceOf(IncidentClosedException.class);
        assertThatThrownBy(() -> incident.resolve(20L, now)).isInstanceOf(IncidentClosedException.class);
        incident.confirm(40L, now);
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.OPEN);
        assertThat(incident.getConfirmedBy()).isEqualTo(40L);
        assertThatThrownBy(() -> incident.dismiss(40L, now)).isInstanceOf(IncidentClosedException.class);
        assertThat(incident.events()).extracting(IncidentEvent::kind).containsExactly("REPORTED_UNVERIFIED", "CONFIRMED");
    }
}
