package vn.keng.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.Notice;
import vn.keng.messaging.Priority;

/** Whole nights of the round, run in seconds with the test clock. */
class GongRoundTests extends RoundTestBase {

    @Test
    void remindsTheStrikerWithTheVillageSignalAndRecordsAnOnTimeConfirmation() {
        RoundFixture f = fixture();
        assertThat(runAt(f, "21:50", RoundStep.START)).isTrue();

        Notice reminder = sent.to(f.striker).get(0);
        RoundEntry pending = entry(f, f.pointA);
        assertThat(reminder.template()).isEqualTo("duty.reminder");
        assertThat(reminder.priority()).isEqualTo(Priority.DUTY);
        assertThat(params(reminder)).containsEntry("signal", "3 hoi ngan").containsEntry("time", "22:00")
                .containsEntry("gongPoint", "Nha van hoa");
        assertThat(reminder.options()).extracting(Notice.Option::data)
                .containsExactly("duty:done:" + pending.dutyId(), "duty:cannot:" + pending.dutyId());
        assertThat(reminder.validUntil()).isEqualTo(f.at(NIGHT, "22:10"));
        assertThat(pending.status()).isEqualTo(DutyStatus.PENDING);
        assertThat(pending.remindedAt()).isEqualTo(f.at(NIGHT, "21:50"));
        assertThat(pending.striker().name()).isEqualTo("Ong Ba");
        // The real notifications wrote the outbox row, rendered for SMS (no dispatcher in this context).
        assertThat(jdbc.queryForList("select text from outbound_message where person_id = ? and template = ?",
                String.class, f.striker, "duty.reminder")).singleElement().asString()
                .startsWith("Truc keng 22:00 toi nay tai Nha van hoa").contains("Tra loi 1=Da danh keng");

        FakeDialog answer = taps(f, f.striker, "22:01", "duty:done:" + pending.dutyId());

        RoundEntry done = entry(f, f.pointA);
        assertThat(done.status()).isEqualTo(DutyStatus.ON_TIME);
        assertThat(done.confirmedAt()).isEqualTo(f.at(NIGHT, "22:01"));
        assertThat(done.confirmedBy().id()).isEqualTo(f.striker);
        assertThat(done.channel()).isEqualTo("TELEGRAM");
        assertThat(answer.lastReply().template()).isEqualTo("duty.thanks");
    }

    @Test
    void aConfirmationAfterTheGraceIsLate() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);

        FakeDialog answer = says(f, f.striker, "22:10:30", "da danh", "");

        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.LATE);
        assertThat(entry(f, f.pointA).channel()).isEqualTo("SMS");
        assertThat(answer.lastReply().template()).isEqualTo("duty.thanks_late");
    }

    @Test
    void withoutConfirmationEveryEscalationStepRunsAndTheNightIsMissed() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        runAt(f, "22:05", RoundStep.BACKUP);
        assertThat(sent.templatesTo(f.striker)).containsExactly("duty.reminder", "duty.reminder_again");
        assertThat(sent.templatesTo(f.backup)).containsExactly("duty.backup_ask");

        runAt(f, "22:15", RoundStep.HEAD);
        assertThat(sent.templatesTo(f.head)).containsExactly("duty.head_alert");
        runAt(f, "22:30", RoundStep.POLICE);
        assertThat(sent.templatesTo(f.police)).containsExactly("duty.police_alert", "duty.police_alert");
        runAt(f, "23:00", RoundStep.CLOSE);

        RoundEntry missed = entry(f, f.pointA);
        assertThat(missed.status()).isEqualTo(DutyStatus.MISSED);
        assertThat(missed.escalations()).extracting(EscalationTaken::step)
                .containsExactly(RoundStep.BACKUP, RoundStep.HEAD, RoundStep.POLICE, RoundStep.CLOSE);
        assertThat(missed.confirmedBy()).isNull();

        rounds.run(f.commune, NIGHT, RoundStep.DIGEST);
        Notice digest = sent.to(f.official).get(0);
        assertThat(digest.template()).isEqualTo("duty.digest");
        assertThat(params(digest)).containsEntry("ok", 0).containsEntry("total", 2);
        assertThat((String) digest.params().get("missed")).contains("Thon Dong");
        assertThat(sent.templatesTo(f.police)).endsWith("duty.digest");
    }

    @Test
    void theFirstEscalationStepCallsTheStrikerOnDutyWhenCallsAreMade() {
        RoundFixture f = fixture();
        sent.callsEnabled(true);
        try {
            runAt(f, "21:50", RoundStep.START);
            assertThat(sent.callsTo(f.striker)).isEmpty();
            runAt(f, "22:05", RoundStep.BACKUP);
            runAt(f, "22:15", RoundStep.HEAD);

            RoundEntry pending = entry(f, f.pointA);
            assertThat(sent.callsTo(f.striker)).singleElement().satisfies(call -> {
                assertThat(call.template()).isEqualTo("duty.call");
                assertThat(call.priority()).isEqualTo(Priority.DUTY);
                assertThat(call.options()).extracting(Notice.Option::data)
                        .containsExactly("duty:done:" + pending.dutyId(), "duty:cannot:" + pending.dutyId());
                assertThat(call.validUntil()).isEqualTo(f.at(NIGHT, "22:15"));
            });
            assertThat(sent.callsTo(f.backup)).isEmpty();
            assertThat(sent.callsTo(f.head)).isEmpty();
        } finally {
            sent.callsEnabled(false);
        }
    }

    @Test
    void withoutAVoiceChannelNobodyIsCalled() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        runAt(f, "22:05", RoundStep.BACKUP);
        assertThat(sent.callsTo(f.striker)).isEmpty();
    }

    @Test
    void anyoneTheEscalationAskedMayConfirmAndTheRecordSaysWho() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        runAt(f, "22:05", RoundStep.BACKUP);
        runAt(f, "22:15", RoundStep.HEAD);

        says(f, f.head, "22:20", "ok", "");

        RoundEntry confirmed = entry(f, f.pointA);
        assertThat(confirmed.status()).isEqualTo(DutyStatus.LATE);
        assertThat(confirmed.confirmedBy().id()).isEqualTo(f.head);
    }

    @Test
    void theMorningDigestSaysAllVillagesStruckOnTime() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        says(f, f.striker, "22:00", "xong", "");
        says(f, f.strikerB, "22:02", "OK", "");
        runAt(f, "23:00", RoundStep.CLOSE);
        clock.set(f.at(NIGHT.plusDays(1), "06:30"));
        rounds.run(f.commune, NIGHT, RoundStep.DIGEST);

        Notice digest = sent.to(f.police).get(0);
        assertThat(digest.template()).isEqualTo("duty.digest_all");
        assertThat(params(digest)).containsEntry("night", "27/11").containsEntry("ok", 2).containsEntry("total", 2);
    }

    @Test
    void theServiceDownAtReminderTimeAndBackAfterTheGraceRecordsServiceDown() {
        RoundFixture f = fixture();
        assertThat(runAt(f, "22:10:01", RoundStep.START)).isTrue();
        runAt(f, "22:15", RoundStep.HEAD);
        runAt(f, "23:00", RoundStep.CLOSE);

        assertThat(records.night(f.commune, NIGHT)).extracting(RoundEntry::status)
                .containsOnly(DutyStatus.SERVICE_DOWN);
        assertThat(entry(f, f.pointA).remindedAt()).isNull();
        assertThat(sent.to(f.striker)).isEmpty();
        assertThat(sent.to(f.head)).isEmpty();
        assertThat(says(f, f.striker, "22:20", "ok", "").lastReply().template()).isEqualTo("duty.closed");
    }

    @Test
    void theServiceBackBeforeTheGraceEndsRunsTheRoundAtOnce() {
        RoundFixture f = fixture();
        runAt(f, "22:04", RoundStep.START);

        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.PENDING);
        assertThat(sent.templatesTo(f.striker)).containsExactly("duty.reminder");
    }

    @Test
    void aStepFiredTwiceRunsOnce() {
        RoundFixture f = fixture();
        assertThat(runAt(f, "21:50", RoundStep.START)).isTrue();
        assertThat(runAt(f, "21:50:02", RoundStep.START)).isFalse();
        assertThat(runAt(f, "22:05", RoundStep.BACKUP)).isTrue();
        assertThat(runAt(f, "22:05:01", RoundStep.BACKUP)).isFalse();

        assertThat(records.night(f.commune, NIGHT)).hasSize(2);
        assertThat(sent.templatesTo(f.striker)).containsExactly("duty.reminder", "duty.reminder_again");
        assertThat(rounds.started(f.commune, NIGHT)).isTrue();
    }

    @Test
    void aCommuneInAnotherZoneRunsOnItsOwnLocalTime() {
        RoundFixture f = fixture("Asia/Tokyo");
        RoundSchedule schedule = rounds.schedule(f.commune, NIGHT);
        assertThat(schedule.at(RoundStep.START)).isEqualTo(Instant.parse("2026-11-27T12:50:00Z"));
        assertThat(schedule.at(RoundStep.DIGEST)).isEqualTo(Instant.parse("2026-11-27T21:30:00Z"));

        clock.set(Instant.parse("2026-11-27T12:50:00Z"));
        rounds.run(f.commune, NIGHT, RoundStep.START);
        clock.set(Instant.parse("2026-11-27T13:09:00Z"));
        says(f, f.striker, "22:09", "đã đánh", "");

        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.ON_TIME);
        assertThat(entry(f, f.pointA).confirmedAt()).isEqualTo(Instant.parse("2026-11-27T13:09:00Z"));
    }

    @Test
    void anEmptyRosterTellsTheVillageHeadWhoMayConfirm() {
        RoundFixture f = fixture();
        tx.executeWithoutResult(s -> registry.setRoster(f.pointA, null, LocalDate.of(2026, 1, 1),
                java.util.List.of(), f.backup));
        runAt(f, "21:50", RoundStep.START);

        assertThat(sent.templatesTo(f.head)).containsExactly("duty.no_striker");
        assertThat(entry(f, f.pointA).striker()).isNull();
        says(f, f.head, "22:03", "da danh", "");
        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.ON_TIME);
    }

    @Test
    void aStrikerWithoutAnyChannelIsFlaggedToTheVillageHeadAtTheStart() {
        RoundFixture f = fixture();
        tx.executeWithoutResult(s -> registry.person(f.striker).changePhone(null));
        runAt(f, "21:50", RoundStep.START);

        assertThat(sent.to(f.striker)).isEmpty();
        Notice flag = sent.to(f.head).get(0);
        assertThat(flag.template()).isEqualTo("duty.unreachable");
        assertThat(params(flag)).containsEntry("striker", "Ong Ba");
        assertThat(entry(f, f.pointA).remindedAt()).isNull();
    }

    @Test
    void anOfficialExcusesAMissedNightWithoutRewritingIt() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        runAt(f, "23:00", RoundStep.CLOSE);

        RoundEntry excused = records.excuse(entry(f, f.pointA).dutyId(), "om", "admin");

        assertThat(excused.status()).isEqualTo(DutyStatus.EXCUSED);
        assertThat(excused.recordedStatus()).isEqualTo(DutyStatus.MISSED);
        assertThat(excused.annotations()).extracting(Annotation::kind).containsExactly(AnnotationKind.EXCUSED);
    }

    @Test
    void escalationAfterTheCloseTimeIsSkippedButTheCloseStillRuns() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        runAt(f, "23:30", RoundStep.HEAD);
        runAt(f, "23:30:01", RoundStep.CLOSE);

        assertThat(sent.to(f.head)).isEmpty();
        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.MISSED);
    }

}
