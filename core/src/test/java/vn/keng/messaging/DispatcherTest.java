package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Village;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

@CoreTest
class DispatcherTest {

    @Autowired Notifications notifications;
    @Autowired OutboxQueries outbox;
    @Autowired DeliveryReports deliveryReports;
    @Autowired FakeChannel fakeSms;
    @Autowired FakeChannel fakeTelegram;
    @Autowired TestPeople testPeople;
    @Autowired vn.keng.registry.Registry registry;
    @Autowired People people;
    @Autowired TransactionTemplate tx;
    @Autowired vn.keng.registry.Communes communes;

    Village village;

    @BeforeEach
    void setUp() {
        fakeSms.reset();
        fakeTelegram.reset();
        village = testPeople.village(testPeople.commune());
    }

    @AfterEach
    void tearDown() {
        fakeSms.reset();
        fakeTelegram.reset();
    }

    long queue(Person person, String template, Priority priority) {
        return tx.execute(s -> notifications.notify(person.getId(), Notice.of(template, Map.of("name", "An"), priority)
                .withOptions(List.of(new Notice.Option("conversation.started", "test:yes:1")))).get(0));
    }

    OutboxStatus statusOf(long id) {
        return outbox.find(id).orElseThrow().status();
    }

    @Test
    void aLinkedPersonGetsTelegramWithButtonsAndAnSmsPersonGetsNumberedGsm7() {
        Person onTelegram = testPeople.withTelegram(testPeople.person(village));
        Person onSms = testPeople.person(village);
        long a = queue(onTelegram, "conversation.help", Priority.INFO);
        long b = queue(onSms, "conversation.help", Priority.INFO);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(a) == OutboxStatus.SENT && statusOf(b) == OutboxStatus.SENT);
        OutboundEnvelope telegram = fakeTelegram.sentTo(String.valueOf(onTelegram.getTelegramUserId())).get(0);
        assertThat(telegram.text()).contains("Báo vụ việc");
        assertThat(telegram.options()).extracting(ReplyOption::data).containsExactly("test:yes:1");
        OutboundEnvelope sms = fakeSms.sentTo(onSms.getPhone().e164()).get(0);
        assertThat(sms.text()).contains("BAO CHAY").contains("Tra loi 1=Da bat lai");
        assertThat(TextForms.isGsm7(sms.text())).isTrue();
        assertThat(sms.options()).isEmpty();
    }

    @Test
    void retryableFailuresAreRetriedUntilSent() {
        Person person = testPeople.person(village);
        fakeSms.thenAnswer(SendOutcome.retryLater(Duration.ZERO, "503"), SendOutcome.retryLater(Duration.ZERO, "timeout"));
        long id = queue(person, "conversation.help", Priority.INFO);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id) == OutboxStatus.SENT);
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(3);
        assertThat(fakeSms.sentTo(person.getPhone().e164())).hasSize(3);
    }

    /** A village of a commune that sends alarms and duty messages on one channel with fallback ("SMS always" off). */
    Village oneChannelVillage() {
        var commune = testPeople.commune();
        tx.executeWithoutResult(s -> communes.findById(commune.getId()).orElseThrow().changeSmsAlways(false));
        return testPeople.village(commune);
    }

    @Test
    void anAlarmGoesBySmsAndOnEveryLinkedChatAtOnceAndABlockedChatSendsNoSecondSms() {
        Person person = testPeople.withTelegram(testPeople.person(village));
        String chat = String.valueOf(person.getTelegramUserId());
        fakeTelegram.answerWith(e -> e.address().equals(chat) ? SendOutcome.permanent("403 bot was blocked by the user") : null);
        List<Long> alarm = tx.execute(s -> notifications.notify(person.getId(),
                Notice.of("conversation.help", Map.of("name", "An"), Priority.ALARM)));
        assertThat(alarm).hasSize(2);
        assertThat(outbox.find(alarm.get(0)).orElseThrow().channel()).isEqualTo(ChannelType.SMS);
        assertThat(outbox.find(alarm.get(1)).orElseThrow().channel()).isEqualTo(ChannelType.TELEGRAM);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(alarm.get(0)) == OutboxStatus.SENT
                && statusOf(alarm.get(1)) == OutboxStatus.FAILED);
        assertThat(fakeSms.sentTo(person.getPhone().e164())).hasSize(1);

        List<Long> info = tx.execute(s -> notifications.notify(person.getId(), Notice.info("conversation.help", Map.of("name", "An"))));
        assertThat(info).singleElement().satisfies(id -> assertThat(outbox.find(id).orElseThrow().channel())
                .isEqualTo(ChannelType.TELEGRAM));
    }

    @Test
    void anAnswerOnOneChannelSkipsTheCopiesNotSentYet() {
        Person person = testPeople.withTelegram(testPeople.person(village));
        Correlation about = Correlation.incident(System.nanoTime());
        List<Long> copies = tx.execute(s -> {
            List<Long> ids = notifications.notify(person.getId(), Notice.of("conversation.help", Map.of("name", "An"),
                    Priority.ALARM).withCorrelation(about));
            assertThat(notifications.answered(person.getId(), about)).isEqualTo(2);
            return ids;
        });
        assertThat(copies).allSatisfy(id -> assertThat(statusOf(id)).isEqualTo(OutboxStatus.ANSWERED));
        assertThat(fakeSms.sentTo(person.getPhone().e164())).isEmpty();
    }

    @Test
    void anAlarmBlockedOnTelegramFallsBackToSmsButInfoDoesNot() {
        Person person = testPeople.withTelegram(testPeople.person(oneChannelVillage()));
        fakeTelegram.answerWith(e -> SendOutcome.permanent("403 bot was blocked by the user"));
        long alarm = queue(person, "conversation.help", Priority.ALARM);
        long info = queue(person, "conversation.help", Priority.INFO);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(alarm) == OutboxStatus.FELL_BACK
                && statusOf(info) == OutboxStatus.FAILED);
        await().atMost(Duration.ofSeconds(10)).until(() -> fakeSms.sentTo(person.getPhone().e164()).size() == 1);
        OutboxEntry fallback = outbox.recentForPerson(person.getId(), 10).stream()
                .filter(e -> Long.valueOf(alarm).equals(e.fallbackOf())).findFirst().orElseThrow();
        assertThat(fallback.channel()).isEqualTo(ChannelType.SMS);
        assertThat(fallback.priority()).isEqualTo(Priority.ALARM);
        assertThat(fakeSms.sentTo(person.getPhone().e164()).get(0).text()).contains("Tra loi 1=");
        assertThat(fallback.text()).as("the SMS variant of the template, never the chat text made plain")
                .startsWith("Keng: BAO CHAY/TROM").doesNotContain("Keng - An");
    }

    @Test
    void anUndeliveredDutyMessageFallsBackAndDeliveredIsRecorded() {
        Person person = testPeople.withTelegram(testPeople.person(oneChannelVillage()));
        long duty = queue(person, "conversation.help", Priority.DUTY);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(duty) == OutboxStatus.SENT);
        String providerId = outbox.find(duty).orElseThrow().providerMessageId();
        assertThat(deliveryReports.report(ChannelType.TELEGRAM, providerId, DeliveryStatus.UNDELIVERED, "30003")).isTrue();
        assertThat(statusOf(duty)).isEqualTo(OutboxStatus.FELL_BACK);
        await().atMost(Duration.ofSeconds(10)).until(() -> fakeSms.sentTo(person.getPhone().e164()).size() == 1);

        long info = queue(person, "conversation.help", Priority.INFO);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(info) == OutboxStatus.SENT);
        String infoId = outbox.find(info).orElseThrow().providerMessageId();
        deliveryReports.report(ChannelType.TELEGRAM, infoId, DeliveryStatus.DELIVERED, null);
        assertThat(statusOf(info)).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(deliveryReports.report(ChannelType.SMS, "no-such-id", DeliveryStatus.DELIVERED, null)).isFalse();
    }

    @Test
    void optedOutPeopleGetNoInfoButStillGetAlarms() {
        Person person = testPeople.person(village);
        tx.executeWithoutResult(s -> registry.optOutOfInfo(person.getId(), true));
        List<Long> info = tx.execute(s -> notifications.notify(person.getId(), Notice.info("conversation.help", Map.of())));
        long alarm = queue(person, "conversation.help", Priority.ALARM);
        assertThat(info).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(alarm) == OutboxStatus.SENT);
    }

    @Test
    void anAlarmDoesNotWaitBehindABatch() {
        fakeSms.limitRate(50);
        Person person = testPeople.person(village);
        List<Person> strikers = java.util.stream.IntStream.range(0, 40).mapToObj(i -> testPeople.person(village)).toList();
        tx.executeWithoutResult(s -> {
            for (int round = 0; round < 5; round++) {
                for (Person striker : strikers) {
                    notifications.notify(striker.getId(), Notice.of("conversation.help", Map.of(), Priority.DUTY));
                }
            }
        });
        long alarm = queue(person, "conversation.help", Priority.ALARM);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(alarm) == OutboxStatus.SENT);
        long bulkSent = strikers.stream().mapToLong(p -> fakeSms.sentTo(p.getPhone().e164()).size()).sum();
        assertThat(bulkSent).as("duty messages sent before the alarm left").isLessThan(150);
    }

    @Test
    void anExpiredReminderIsDroppedNotDelivered() {
        Person person = testPeople.person(village);
        long id = tx.execute(s -> notifications.notify(person.getId(), Notice.of("conversation.help", Map.of(),
                Priority.DUTY).withValidUntil(java.time.Instant.now().minusSeconds(1))).get(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id) == OutboxStatus.EXPIRED);
        assertThat(fakeSms.sentTo(person.getPhone().e164())).isEmpty();
    }

    @Test
    void attachmentsTravelOnTelegramAndAreLeftOutOfSms() {
        Person onTelegram = testPeople.withTelegram(testPeople.person(village));
        Person onSms = testPeople.person(village);
        byte[] pdf = "%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Attachment> files = List.of(new Attachment("bao-cao.pdf", "application/pdf", pdf));
        List<Long> ids = tx.execute(s -> List.of(
                notifications.notify(onTelegram.getId(), Notice.info("conversation.help", Map.of()).withAttachments(files)).get(0),
                notifications.notify(onSms.getId(), Notice.info("conversation.help", Map.of()).withAttachments(files)).get(0)));
        await().atMost(Duration.ofSeconds(10)).until(() -> ids.stream().allMatch(id -> statusOf(id) == OutboxStatus.SENT));
        OutboundEnvelope telegram = fakeTelegram.sentTo(String.valueOf(onTelegram.getTelegramUserId())).get(0);
        assertThat(telegram.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("bao-cao.pdf");
            assertThat(a.content()).isEqualTo(pdf);
        });
        assertThat(fakeSms.sentTo(onSms.getPhone().e164()).get(0).attachments()).isEmpty();
    }
}
