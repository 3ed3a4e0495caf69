package vn.keng.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundHandler;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.Notice;
import vn.keng.platform.ConflictException;
import vn.keng.registry.Role;
import vn.keng.registry.Rotation;

/** The patrol after the gong: the reminder, the leader's answer and its note, the ladder, who is counted. */
class PatrolTests extends RoundTestBase {

    @Autowired Patrols patrols;
    @Autowired InboundHandler engine;

    private record Scene(RoundFixture f, long leader, long leader2, long backup) {
    }

    private Scene scene() {
        return tx.execute(s -> {
            RoundFixture f = new RoundFixture(registry, "Asia/Ho_Chi_Minh");
            long leader = f.person(registry, "Doi truong Hai", f.villageA, Role.RESIDENT);
            long leader2 = f.person(registry, "Doi pho Ba", f.villageA, Role.RESIDENT);
            long backup = f.person(registry, "Anh Muoi Hai", f.villageA, Role.RESIDENT);
            patrols.setRoster(f.villageA, Rotation.DAILY, NIGHT, List.of(leader, leader2), backup);
            return new Scene(f, leader, leader2, backup);
        });
    }

    private PatrolNight patrol(Scene s) {
        return patrols.night(s.f.commune, NIGHT).stream().filter(p -> p.getVillageId() == s.f.villageA).findFirst()
                .orElseThrow();
    }

    /** What a person sends, through the real dialog engine (understanding, gates, handlers). */
    private void sends(long person, String localTime, String text, Scene s) {
        Instant at = s.f.at(NIGHT, localTime);
        clock.set(at);
        String phone = registry.person(person).getPhone().e164();
        tx.executeWithoutResult(t -> engine.handle(InboundMessage.text(ChannelType.SMS, "sms-" + System.nanoTime(),
                phone, text, at), Optional.of(registry.person(person))));
    }

    /** Runs a step of the night at a commune-local time after midnight (the next calendar day). */
    private boolean afterMidnight(Scene s, String localTime, RoundStep step) {
        clock.set(s.f.at(NIGHT.plusDays(1), localTime));
        return rounds.run(s.f.commune, NIGHT, step);
    }

    private void sendsAfterMidnight(long person, String localTime, String text, Scene s) {
        Instant at = s.f.at(NIGHT.plusDays(1), localTime);
        clock.set(at);
        String phone = registry.person(person).getPhone().e164();
        tx.executeWithoutResult(t -> engine.handle(InboundMessage.text(ChannelType.SMS, "sms-" + System.nanoTime(),
                phone, text, at), Optional.of(registry.person(person))));
    }

    private List<String> replies(long person) {
        return sent.replyTemplatesTo(registry.person(person).getPhone().e164());
    }

    @Test
    void theLeaderOfTheNightIsRemindedAfterTheGongAndReportsThePatrolWithANote() {
        Scene s = scene();
        assertThat(runAt(s.f, "22:05", RoundStep.PATROL)).isTrue();
        assertThat(runAt(s.f, "22:06", RoundStep.PATROL)).isFalse();

        Notice reminder = sent.to(s.leader).get(0);
        assertThat(reminder.template()).isEqualTo("patrol.reminder");
        assertThat(params(reminder)).containsEntry("due", "00:00").containsEntry("night", "27/11");
        assertThat(reminder.options()).extracting(Notice.Option::data).containsExactly("patrol:done:" + patrol(s).getId());
        assertThat(sent.to(s.leader2)).isEmpty();
        // only villages with a patrol roster patrol
        assertThat(patrols.night(s.f.commune, NIGHT)).hasSize(1);

        sends(s.leader, "23:40", "TUAN TRA XONG, binh thuong", s);

        PatrolNight done = patrol(s);
        assertThat(done.getStatus()).isEqualTo(PatrolStatus.DONE);
        assertThat(done.getDoneBy()).isEqualTo(s.leader);
        assertThat(done.getNote()).isEqualTo("binh thuong");
        assertThat(replies(s.leader)).containsExactly("patrol.thanks_note");
        assertThat(incidentsOf(s)).isZero();
    }

    @Test
    void theRotationAndAOneNightSwapDecideWhoLeads() {
        Scene s = scene();
        tx.executeWithoutResult(t -> patrols.swap(s.f.villageA, NIGHT.plusDays(2), s.backup));
        runAt(s.f, NIGHT.plusDays(1), "22:05", RoundStep.PATROL);
        runAt(s.f, NIGHT.plusDays(2), "22:05", RoundStep.PATROL);

        assertThat(patrols.night(s.f.commune, NIGHT.plusDays(1)).get(0).getOnDutyId()).isEqualTo(s.leader2);
        assertThat(patrols.night(s.f.commune, NIGHT.plusDays(2)).get(0).getOnDutyId()).isEqualTo(s.backup);
    }

    @Test
    void aPatrolAnswerFromSomeoneNotOnDutyIsNotCountedAndTheyAreToldPolitely() {
        Scene s = scene();
        runAt(s.f, "22:05", RoundStep.PATROL);

        sends(s.leader2, "22:30", "tuan tra xong", s);
        sends(s.f.resident, "22:31", "TUAN TRA XONG", s);

        assertThat(patrol(s).getStatus()).isEqualTo(PatrolStatus.PENDING);
        assertThat(replies(s.leader2)).containsExactly("patrol.not_on_duty");
        assertThat(replies(s.f.resident)).containsExactly("patrol.not_on_duty");
    }

    @Test
    void aNoteWithAHazardBecomesAnIncidentThroughTheUnderstanding() {
        Scene s = scene();
        runAt(s.f, "22:05", RoundStep.PATROL);

        sends(s.leader, "23:10", "TUAN TRA XONG, có cháy ở bãi rơm cạnh cầu", s);

        assertThat(patrol(s).getStatus()).isEqualTo(PatrolStatus.DONE);
        assertThat(patrol(s).getNote()).isEqualTo("có cháy ở bãi rơm cạnh cầu");
        assertThat(incidentsOf(s)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select kind from incident where commune_id = ?", String.class, s.f.commune))
                .isEqualTo("FIRE");
    }

    @Test
    void withoutAReportTheLadderRunsLikeAStrikersAndTheNightIsMissed() {
        Scene s = scene();
        runAt(s.f, "22:05", RoundStep.PATROL);
        afterMidnight(s, "00:05", RoundStep.PAT_BACKUP);
        assertThat(sent.templatesTo(s.leader)).containsExactly("patrol.reminder", "patrol.reminder_again");
        assertThat(sent.templatesTo(s.backup)).containsExactly("patrol.backup_ask");
        afterMidnight(s, "00:15", RoundStep.PAT_HEAD);
        assertThat(sent.templatesTo(s.f.head)).containsExactly("patrol.head_alert");
        afterMidnight(s, "00:30", RoundStep.PAT_POLICE);
        assertThat(sent.templatesTo(s.f.police)).containsExactly("patrol.police_alert");
        afterMidnight(s, "01:00", RoundStep.PAT_CLOSE);

        assertThat(patrol(s).getStatus()).isEqualTo(PatrolStatus.MISSED);
        sendsAfterMidnight(s.leader, "01:10", "TUAN TRA XONG", s);
        assertThat(patrol(s).getStatus()).isEqualTo(PatrolStatus.MISSED);
        assertThat(replies(s.leader)).containsExactly("patrol.closed");
    }

    @Test
    void theBackupAskedByTheLadderMayReportThePatrol() {
        Scene s = scene();
        runAt(s.f, "22:05", RoundStep.PATROL);
        afterMidnight(s, "00:05", RoundStep.PAT_BACKUP);

        sendsAfterMidnight(s.backup, "00:20", "1", s);

        assertThat(patrol(s).getStatus()).isEqualTo(PatrolStatus.DONE);
        assertThat(patrol(s).getDoneBy()).isEqualTo(s.backup);
        assertThat(replies(s.backup)).containsExactly("patrol.thanks");
    }

    @Test
    void aReminderStepRunPastTheDueTimeRecordsServiceDown() {
        Scene s = scene();
        afterMidnight(s, "00:20", RoundStep.PATROL);
        assertThat(patrol(s).getStatus()).isEqualTo(PatrolStatus.SERVICE_DOWN);
        assertThat(sent.to(s.leader)).isEmpty();
    }

    @Test
    void aSwapForAClosedNightIsAConflictAndARosterNeedsPeopleOfTheCommune() {
        Scene s = scene();
        runAt(s.f, "22:05", RoundStep.PATROL);
        afterMidnight(s, "01:00", RoundStep.PAT_CLOSE);
        assertThatThrownBy(() -> patrols.swap(s.f.villageA, NIGHT, s.backup)).isInstanceOf(ConflictException.class);

        RoundFixture other = fixture();
        assertThatThrownBy(() -> patrols.setRoster(s.f.villageA, Rotation.DAILY, NIGHT, List.of(other.striker), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> patrols.setRoster(s.f.villageA, Rotation.DAILY, NIGHT, List.of(s.leader, s.leader), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private int incidentsOf(Scene s) {
        Integer count = jdbc.queryForObject("select count(*) from incident where commune_id = ?", Integer.class,
                s.f.commune);
        return count == null ? 0 : count;
    }
}
