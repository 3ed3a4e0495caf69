package vn.keng.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.platform.Limiter;
import vn.keng.platform.SharedKeys;
import vn.keng.platform.TestLimiters;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

@CoreTest
class InboundPipelineTest {

    @Autowired InboundMessages inbound;
    @Autowired FakeChannel fakeSms;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired SharedKeys redis;

    Person resident;

    @BeforeEach
    void setUp() {
        fakeSms.reset();
        var village = testPeople.village(testPeople.commune());
        resident = testPeople.person(village, Role.RESIDENT, Role.STRIKER);
    }

    InboundMessage sms(String text) {
        return InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), resident.getPhone().e164(), text, Instant.now());
    }

    String status(InboundMessage m) {
        return jdbc.queryForObject("select status from inbound_message where channel = ? and provider_message_id = ?",
                String.class, m.channel().name(), m.providerMessageId());
    }

    int stored(InboundMessage m) {
        return jdbc.queryForObject("select count(*) from inbound_message where channel = ? and provider_message_id = ?",
                Integer.class, m.channel().name(), m.providerMessageId());
    }

    void awaitReplies(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> fakeSms.sentTo(resident.getPhone().e164()).size() >= count);
    }

    @Test
    void aMessageDeliveredTwiceIsHandledOnce() {
        InboundMessage help = sms("tro giup");
        assertThat(inbound.receive(help)).isEqualTo(InboundMessages.Receipt.ACCEPTED);
        assertThat(inbound.receive(help)).isEqualTo(InboundMessages.Receipt.DUPLICATE);
        awaitReplies(1);
        assertThat(stored(help)).isEqualTo(1);
        await().during(Duration.ofMillis(500)).until(() -> fakeSms.sentTo(resident.getPhone().e164()).size() == 1);
    }

    @Test
    void theDatabaseCatchesDuplicatesWhenRedisForgot() {
        InboundMessage help = sms("help");
        inbound.receive(help);
        redis.removeNow("in:SMS:" + help.providerMessageId());
        assertThat(inbound.receive(help)).isEqualTo(InboundMessages.Receipt.DUPLICATE);
        assertThat(stored(help)).isEqualTo(1);
    }

    @Test
    void anUnknownSenderLearnsHowToRegisterAndTheMessageIsKept() {
        String stranger = vn.keng.testing.TestPeople.newPhone().e164();
        InboundMessage m = InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), stranger, "xin chao", Instant.now());
        inbound.receive(m);
        await().atMost(Duration.ofSeconds(10)).until(() -> !fakeSms.sentTo(stranger).isEmpty());
        assertThat(fakeSms.sentTo(stranger).get(0).text()).contains("chua dang ky");
        assertThat(status(m)).isEqualTo("HANDLED");
    }

    @Test
    void garbageGetsHelpWithTheEmergencyNumbersInOneSegment() {
        inbound.receive(sms("asdkjh qwe"));
        awaitReplies(1);
        String reply = fakeSms.sentTo(resident.getPhone().e164()).get(0).text();
        assertThat(reply).contains("TRO GIUP", "114", "113");
        assertThat(TextForms.smsSegments(reply)).isEqualTo(1);
    }

    @Test
    void badInputIsStoredAndAnsweredNeverLost() {
        String tenKb = "x".repeat(10_240);
        InboundMessage[] inputs = {sms(""), sms(tenKb), sms("🔥🔥🔥"), sms("a\u0000b\u0007c"), sms("\uD800broken"),
                sms("   ")};
        for (InboundMessage m : inputs) {
            assertThat(inbound.receive(m)).isEqualTo(InboundMessages.Receipt.ACCEPTED);
        }
        awaitReplies(inputs.length);
        for (InboundMessage m : inputs) {
            assertThat(status(m)).isEqualTo("HANDLED");
        }
        assertThat(jdbc.queryForObject("select text from inbound_message where provider_message_id = ?", String.class,
                inputs[3].providerMessageId())).isEqualTo("abc");
        assertThat(jdbc.queryForObject("select length(text) from inbound_message where provider_message_id = ?",
                Integer.class, inputs[1].providerMessageId())).isEqualTo(10_240);
    }

    @Test
    void controlCharactersInProviderIdsAreStoredEscapedNeverRefused() {
        // PostgreSQL refuses NUL in text: a provider id carrying one must not make the webhook answer 5xx
        String prefix = "SM" + UUID.randomUUID();
        InboundMessage odd = new InboundMessage(ChannelType.SMS, prefix + "\u0000\u0007\uD800", resident.getPhone().e164(),
                "chat\u0000", "tro giup", null, "data\u0000", "file\u0000", Instant.now());
        assertThat(inbound.receive(odd)).isEqualTo(InboundMessages.Receipt.ACCEPTED);
        assertThat(inbound.receive(odd)).isEqualTo(InboundMessages.Receipt.DUPLICATE);
        InboundMessage sameButPrintable = InboundMessage.text(ChannelType.SMS, prefix, resident.getPhone().e164(), "tro giup",
                Instant.now());
        assertThat(inbound.receive(sameButPrintable)).isEqualTo(InboundMessages.Receipt.ACCEPTED);

        var stored = jdbc.queryForList("select provider_message_id, chat_address, button_data, attachment_ref "
                + "from inbound_message where provider_message_id like ? order by id", prefix + "%");
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).get("provider_message_id")).isEqualTo(prefix + "\\u0000\\u0007\\ud800");
        assertThat(stored.get(0).values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("\u0000"));
        assertThat(stored.get(1).get("provider_message_id")).isEqualTo(prefix);
    }

    @Test
    void aDeliveryReportWithControlCharactersIsAnsweredNotThrown(@Autowired DeliveryReports reports) {
        assertThat(reports.report(ChannelType.SMS, "SM\u0000" + UUID.randomUUID(), DeliveryStatus.DELIVERED, "30\u00000"))
                .isFalse();
    }

    @Test
    void unknownButtonDataAndUnansweredDigitsGetADefinedAnswer() {
        InboundMessage button = new InboundMessage(ChannelType.SMS, "SM" + UUID.randomUUID(), resident.getPhone().e164(),
                null, "", null, "nobody:knows:this", null, Instant.now());
        inbound.receive(button);
        inbound.receive(sms("7"));
        awaitReplies(2);
        assertThat(fakeSms.sentTo(resident.getPhone().e164())).extracting(OutboundEnvelope::text)
                .anySatisfy(t -> assertThat(t).contains("het han"))
                .anySatisfy(t -> assertThat(t).contains("khong tra loi cau hoi"));
    }

    @Test
    void aFloodFromOneSenderIsStoredAndAnsweredOnceThenSilence(@Autowired Limiter limiter) {
        TestLimiters.retryRedisNow(limiter); // another test may have cut Redis: its local cells are another state
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            inbound.receive(sms("spam " + i));
        }
        String phone = resident.getPhone().e164();
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from inbound_message where sender_address = ? and status in ('HANDLED', 'RATE_LIMITED')",
                Integer.class, phone) == 1000);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        int limited = jdbc.queryForObject("select count(*) from inbound_message where sender_address = ? and status = "
                + "'RATE_LIMITED'", Integer.class, phone);
        // 20 per minute: 20 at once, then one every 3 s
        assertThat(limited).isGreaterThanOrEqualTo(1000 - (20 + (int) (seconds / 3) + 1));
        long slowDowns = fakeSms.sentTo(phone).stream().filter(e -> e.text().contains("qua nhieu tin")).count();
        assertThat(slowDowns).isBetween(1L, 1 + seconds / 60); // the polite answer at most once a minute
    }

    @Test
    void aMessageNobodyCanActOnIsKeptAsIgnoredOnceAndNotAnswered() {
        InboundMessage promotion = InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), "VIETTEL",
                "KM 50% the cao", Instant.now());
        assertThat(inbound.keep(promotion, "sender is not a phone number")).isEqualTo(InboundMessages.Receipt.ACCEPTED);
        assertThat(inbound.keep(promotion, "sender is not a phone number")).isEqualTo(InboundMessages.Receipt.DUPLICATE);
        assertThat(status(promotion)).isEqualTo("IGNORED");
        assertThat(stored(promotion)).isEqualTo(1);
        assertThat(fakeSms.sentTo("VIETTEL")).isEmpty();
    }

    @Test
    void aReplyGoesBackThroughTheProviderAndPhoneTheMessageCameThroughAndNamesTheCommune() {
        InboundMessage help = sms("tro giup").withVia("android:viettel");
        inbound.receive(help);
        awaitReplies(1);
        assertThat(jdbc.queryForObject("select via from inbound_message where channel = 'SMS' and provider_message_id = ?",
                String.class, help.providerMessageId())).isEqualTo("android:viettel");
        OutboundEnvelope reply = fakeSms.sentTo(resident.getPhone().e164()).get(0);
        assertThat(reply.via()).isEqualTo("android:viettel");
        assertThat(reply.communeId()).isEqualTo(resident.getCommuneId());
    }
}
