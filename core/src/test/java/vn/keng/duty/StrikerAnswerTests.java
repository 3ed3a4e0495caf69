package vn.keng.duty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.keng.messaging.Notice;
import vn.keng.messaging.Priority;
import vn.keng.registry.Role;

/** What strikers, backups and villagers write during a night, through the duty dialog handler. */
class StrikerAnswerTests extends RoundTestBase {

    @Test
    void cannotStrikeMovesTheDutyToTheBackupAtOnce() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        long duty = entry(f, f.pointA).dutyId();

        FakeDialog answer = taps(f, f.striker, "21:52", "duty:cannot:" + duty);

        assertThat(answer.lastReply().template()).isEqualTo("duty.cannot_ack");
        assertThat(params(answer.lastReply())).containsEntry("backup", "Ong Tu");
        Notice takeover = sent.to(f.backup).get(0);
        assertThat(takeover.template()).isEqualTo("duty.takeover");
        assertThat(takeover.options()).extracting(Notice.Option::data).contains("duty:done:" + duty);
        assertThat(entry(f, f.pointA).onDuty().id()).isEqualTo(f.backup);

        says(f, f.backup, "22:02", "da danh", "");
        RoundEntry done = entry(f, f.pointA);
        assertThat(done.status()).isEqualTo(DutyStatus.ON_TIME);
        assertThat(done.confirmedBy().id()).isEqualTo(f.backup);
        assertThat(done.striker().id()).isEqualTo(f.striker);
        assertThat(done.annotations()).extracting(Annotation::kind).containsExactly(AnnotationKind.HANDED_OVER);
    }

    @Test
    void aVillageHeadWithNoDutyWhoStrikesIsThankedAsASubstitute() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);

        FakeDialog answer = says(f, f.head, "22:00", "danh roi", "");

        assertThat(answer.lastReply().template()).isEqualTo("duty.thanks_substitute");
        RoundEntry entry = entry(f, f.pointA);
        assertThat(entry.status()).isEqualTo(DutyStatus.SUBSTITUTE);
        assertThat(entry.confirmedBy().id()).isEqualTo(f.head);
        assertThat(says(f, f.striker, "22:01", "ok", "").lastReply().template()).isEqualTo("duty.confirmed_by_other");
    }

    @Test
    void aResidentOfTheVillageIsNeverTakenForTheStriker() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);

        assertThat(says(f, f.resident, "22:00", "danh roi", "").lastReply().template()).isEqualTo("duty.no_duty");
        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.PENDING);
    }

    @Test
    void someoneWithNoDutyAndNoOpenNightInTheVillageGetsAClearAnswer() {
        RoundFixture f = fixture();
        long outsider = tx.execute(s -> f.person(registry, "Khach", null, Role.RESIDENT));
        runAt(f, "21:50", RoundStep.START);

        assertThat(says(f, outsider, "22:00", "ok", "").lastReply().template()).isEqualTo("duty.no_duty");
        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.PENDING);
    }

    @Test
    void aDuplicateConfirmationChangesNothingAndIsAnsweredPolitely() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        says(f, f.striker, "21:59", "ok", "");

        FakeDialog again = says(f, f.striker, "22:20", "ok", "");

        assertThat(again.lastReply().template()).isEqualTo("duty.already_confirmed");
        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.ON_TIME);
        assertThat(entry(f, f.pointA).confirmedAt()).isEqualTo(f.at(NIGHT, "21:59"));
    }

    @Test
    void aConfirmationForYesterdaysClosedNightIsRefusedClearly() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        runAt(f, "23:00", RoundStep.CLOSE);
        long duty = entry(f, f.pointA).dutyId();

        clock.set(f.at(NIGHT.plusDays(1), "07:00"));
        FakeDialog bySms = FakeDialog.text(person(f.striker), "ok", "", clock.instant());
        dialog.handle(bySms);
        FakeDialog byButton = FakeDialog.option(person(f.striker), "duty:done:" + duty, clock.instant());
        dialog.handle(byButton);

        assertThat(bySms.lastReply().template()).isEqualTo("duty.closed");
        assertThat(params(bySms.lastReply())).containsEntry("night", "27/11");
        assertThat(byButton.lastReply().template()).isEqualTo("duty.closed");
        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.MISSED);
    }

    @Test
    void aMistakenStrikeIsBroadcastToTheVillageAsNotAnAlarm() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);

        FakeDialog answer = says(f, f.striker, "21:55", "DANH NHAM", "");

        assertThat(answer.lastReply().template()).isEqualTo("duty.mistake_ack");
        Notice told = sent.to(f.resident).get(0);
        assertThat(told.template()).isEqualTo("duty.mistake_broadcast");
        assertThat(params(told)).containsEntry("time", "21:55").as("the village's own alarm signal")
                .containsEntry("signal", "lien hoi 3 hoi");
        assertThat(sent.to(f.optedOut)).isEmpty();
        assertThat(sent.to(f.leader)).extracting(Notice::priority).containsExactly(Priority.DUTY);
        assertThat(sent.templatesTo(f.strikerB)).doesNotContain("duty.mistake_broadcast");
        assertThat(entry(f, f.pointA).annotations()).extracting(Annotation::kind)
                .containsExactly(AnnotationKind.MISTAKEN_STRIKE);
    }

    @Test
    void aResidentCannotReportAMistakenStrike() {
        RoundFixture f = fixture();
        assertThat(says(f, f.resident, "21:55", "danh nham", "").lastReply().template())
                .isEqualTo("duty.mistake_not_allowed");
        assertThat(sent.to(f.leader)).isEmpty();
    }

    @Test
    void doiCaAsksTheBackupWhoTakesTonightBeforeTheRound() {
        RoundFixture f = fixture();
        FakeDialog ask = says(f, f.striker, "15:00", "doi ca", "");

        assertThat(ask.lastReply().template()).isEqualTo("duty.swap_asked");
        Notice question = sent.to(f.backup).get(0);
        assertThat(question.template()).isEqualTo("duty.swap_ask");
        String take = question.options().get(0).data();
        assertThat(take).isEqualTo("duty:take:" + f.pointA + ":20261127");

        assertThat(taps(f, f.backup, "15:10", take).lastReply().template()).isEqualTo("duty.swap_take_ack");
        assertThat(sent.templatesTo(f.striker)).containsExactly("duty.swap_taken");

        runAt(f, "21:50", RoundStep.START);
        assertThat(sent.templatesTo(f.backup)).containsExactly("duty.swap_ask", "duty.reminder");
        assertThat(sent.templatesTo(f.striker)).doesNotContain("duty.reminder");
        assertThat(entry(f, f.pointA).striker().id()).isEqualTo(f.backup);
    }

    @Test
    void aPoliceOfficerAskedForTwoVillagesNamesTheVillage() {
        RoundFixture f = fixture();
        runAt(f, "21:50", RoundStep.START);
        runAt(f, "22:30", RoundStep.POLICE);

        assertThat(says(f, f.police, "22:31", "ok", "").lastReply().template()).isEqualTo("duty.ambiguous");
        String villageB = registry.village(f.villageB).getName();
        says(f, f.police, "22:32", "ok", villageB);

        assertThat(entry(f, f.pointB).confirmedBy().id()).isEqualTo(f.police);
        assertThat(entry(f, f.pointA).status()).isEqualTo(DutyStatus.PENDING);
    }
}
