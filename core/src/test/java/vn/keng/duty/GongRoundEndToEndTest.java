package vn.keng.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.SendOutcome;
import vn.keng.messaging.TextForms;
import vn.keng.registry.Commune;
import vn.keng.registry.Registry;
import vn.keng.registry.Rotation;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/**
 * One night through the real pipeline, on the system clock: the round writes outbox rows, the
 * dispatcher sends them on the channels faked at the SPI, the strikers answer through
 * {@link InboundMessages} and the dialog engine.
 */
@CoreTest
class GongRoundEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired Registry registry;
    @Autowired GongRounds rounds;
    @Autowired RoundRecords records;
    @Autowired InboundMessages inbound;
    @Autowired TestPeople people;
    @Autowired TransactionTemplate tx;
    @Autowired @Qualifier("fakeSms") FakeChannel sms;
    @Autowired @Qualifier("fakeTelegram") FakeChannel telegram;

    @AfterEach
    void stopBlockingTelegram() {
        telegram.answerWith(null);
    }

    @Test
    void aWholeNightThroughTheOutboxTheChannelsAndTheInboundPipeline() {
        Scene s = scene();
        String blocked = String.valueOf(registry.person(s.f.strikerB).getTelegramUserId());
        telegram.answerWith(e -> e.address().equals(blocked) ? SendOutcome.permanent("403 bot was blocked") : null);

        assertThat(rounds.run(s.f.commune, s.night, RoundStep.START)).isTrue();

        // The SMS striker gets the reminder in GSM-7, with the numbered answers written in.
        OutboundEnvelope reminder = awaitSms(s.f.striker, "Truc keng ");
        assertThat(TextForms.isGsm7(reminder.text())).isTrue();
        assertThat(reminder.text()).contains("Nha van hoa", "3 hoi ngan", "Tra loi 1=Da danh keng, 2=Khong danh duoc");
        // The Telegram striker has blocked the bot: the duty message falls back to SMS.
        await().atMost(WAIT).until(() -> !telegram.sentTo(blocked).isEmpty());
        OutboundEnvelope fallback = awaitSms(s.f.strikerB, "Truc keng ");
        assertThat(fallback.text()).contains("Cay da", "Tra loi 1=Da danh keng, 2=Khong danh duoc");
        assertThat(TextForms.isGsm7(fallback.text())).isTrue();

        // "1" answers the reminder: the night is on time and the striker is thanked.
        smsFrom(s.f.striker, "1");
        awaitSms(s.f.striker, "Cam on! Da ghi nhan danh keng dung gio");
        assertThat(entry(s, s.f.pointA).status()).isEqualTo(DutyStatus.ON_TIME);
        assertThat(entry(s, s.f.pointA).confirmedBy().id()).isEqualTo(s.f.striker);
        assertThat(entry(s, s.f.pointA).channel()).isEqualTo("SMS");

        // "2" (cannot), answered by SMS to the reminder that fell back: the backup takes over.
        smsFrom(s.f.strikerB, "2");
        awaitSms(s.f.strikerB, "Da chuyen ca toi nay tai Cay da");
        OutboundEnvelope takeover = awaitSms(s.backupB, "Nho anh/chi danh keng");
        assertThat(takeover.text()).contains("Tra loi 1=");
        smsFrom(s.backupB, "1");
        await().atMost(WAIT).until(() -> entry(s, s.f.pointB).status() == DutyStatus.ON_TIME);
        assertThat(entry(s, s.f.pointB).confirmedBy().id()).isEqualTo(s.backupB);

        // "DANH NHAM": the village's residents and group leaders are told; opted-out residents are not.
        smsFrom(s.f.striker, "DANH NHAM");
        // Told: the group leader, then the residents backup, head and resident; not the one who opted out.
        awaitSms(s.f.striker, "Da bao 4 nguoi o Thon Dong");
        for (long told : List.of(s.f.resident, s.f.leader, s.f.head, s.f.backup)) {
            awaitSms(told, "THONG BAO: keng (lien hoi 3 hoi) luc"); // the village's own alarm signal
        }
        assertThat(smsTo(s.f.optedOut)).isEmpty();
        assertThat(smsTo(s.f.strikerB)).noneMatch(e -> e.text().contains("THONG BAO"));

        // The morning digest reaches the commune's police and officials.
        assertThat(rounds.run(s.f.commune, s.night, RoundStep.DIGEST)).isTrue();
        String digest = "Dem " + DutyNotices.DAY.format(s.night) + ": 2/2 thon danh keng dung gio.";
        assertThat(awaitSms(s.f.police, digest).text()).isEqualTo(digest);
        assertThat(awaitSms(s.f.official, digest).text()).isEqualTo(digest);
    }

    @Test
    void aResidentsOkOrXongNeverConfirmsTheGongButTheVillageHeadsDoes() {
        Scene s = scene();
        assertThat(rounds.run(s.f.commune, s.night, RoundStep.START)).isTrue();
        awaitSms(s.f.striker, "Truc keng ");

        for (String word : List.of("ok", "xong", "Đã đánh", "rồi")) {
            smsFrom(s.f.resident, word);
        }
        await().atMost(WAIT).until(() -> smsTo(s.f.resident).size() >= 4);
        assertThat(smsTo(s.f.resident)).noneMatch(e -> e.text().contains("Cam on"));
        assertThat(entry(s, s.f.pointA).status()).isEqualTo(DutyStatus.PENDING);

        smsFrom(s.f.head, "ok");
        awaitSms(s.f.head, "Cam on anh/chi da danh thay");
        assertThat(entry(s, s.f.pointA).status()).isEqualTo(DutyStatus.SUBSTITUTE);
        assertThat(entry(s, s.f.pointA).confirmedBy().id()).isEqualTo(s.f.head);
    }

    /** The round fixture, its gong time a few minutes from now in the commune's zone, and a backup in village B. */
    private Scene scene() {
        RoundFixture f = tx.execute(st -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        ZonedDateTime gong = ZonedDateTime.now(f.zone).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        long backupB = tx.execute(st -> {
            Commune commune = registry.commune(f.commune);
            commune.changeGongTime(gong.toLocalTime());
            long backup = f.person(registry, "Anh Muoi Hai", f.villageB, vn.keng.registry.Role.STRIKER);
            registry.setRoster(f.pointB, Rotation.FIXED, LocalDate.of(2026, 1, 1), List.of(f.strikerB), backup);
            return backup;
        });
        people.withTelegram(registry.person(f.strikerB));
        return new Scene(f, gong.toLocalDate(), backupB);
    }

    private record Scene(RoundFixture f, LocalDate night, long backupB) {
    }

    private RoundEntry entry(Scene s, long gongPoint) {
        return records.night(s.f.commune, s.night).stream().filter(e -> e.gongPointId() == gongPoint).findFirst()
                .orElseThrow();
    }

    private String phone(long person) {
        return registry.person(person).getPhone().e164();
    }

    private List<OutboundEnvelope> smsTo(long person) {
        return sms.sentTo(phone(person));
    }

    private OutboundEnvelope awaitSms(long person, String containing) {
        return await().atMost(WAIT).until(() -> smsTo(person).stream().filter(e -> e.text().contains(containing))
                .findFirst().orElse(null), java.util.Objects::nonNull);
    }

    private void smsFrom(long person, String text) {
        assertThat(inbound.receive(InboundMessage.text(ChannelType.SMS, "sms-" + UUID.randomUUID(), phone(person),
                text, Instant.now()))).isEqualTo(InboundMessages.Receipt.ACCEPTED);
    }
}
