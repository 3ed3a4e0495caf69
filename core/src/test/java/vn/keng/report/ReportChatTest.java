package vn.keng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.TextForms;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.testing.CoreTest;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/** Asking for a report in chat, through the real inbound pipeline, dialog engine, outbox and dispatcher. */
@CoreTest
class ReportChatTest {

    @Autowired ReportReadModel readModel;
    @Autowired InboundMessages inbound;
    @Autowired FakeChannel fakeSms;
    @Autowired FakeChannel fakeTelegram;
    @Autowired Registry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired TestPeople testPeople;

    ReportFixture.Data data;

    @BeforeEach
    void setUp() {
        data = new ReportFixture(registry, jdbc, tx, readModel).create();
    }

    String sms(Person from, String text) {
        String address = from.getPhone().e164();
        int before = fakeSms.sentTo(address).size();
        inbound.receive(InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), address, text, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> fakeSms.sentTo(address).size() > before);
        return fakeSms.sentTo(address).get(before).text();
    }

    @Test
    void anOfficialGetsTheCommuneSummaryBySmsInOneGsm7Segment() {
        String reply = sms(data.official(), "BC 2026");
        assertThat(reply).startsWith("BC " + TextForms.toGsm7(data.commune().getName()).substring(0, 10))
                .contains("2026: dung gio 67% (ky truoc 100%), muon 1, chua danh 2. Vu viec 5.",
                        "To lien gia 3, bao phu 3%", "Keng hong 1, mat 1.");
        assertThat(TextForms.isGsm7(reply)).isTrue();
        assertThat(TextForms.smsSegments(reply)).isEqualTo(1);
    }

    @Test
    void policeGetTheCommuneAndAVillageHeadOnlyTheirVillage() {
        assertThat(sms(data.police(), "bao cao 11/2026")).startsWith("BC Xa Dong Thinh").contains("11/2026");
        String village = sms(data.headOfOne(), "Báo cáo Q3 2026");
        assertThat(village).startsWith("BC Thon Mot Q3/2026:").contains("To lien gia 2, bao phu 75%");
    }

    @Test
    void everyoneElseIsRefusedPolitely() {
        assertThat(sms(data.striker(), "BC 2026")).startsWith("Xin loi, chi can bo UBND xa");
        assertThat(sms(data.resident(), "report 2026")).startsWith("Xin loi");
        String stranger = TestPeople.newPhone().e164();
        inbound.receive(InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), stranger, "BC 2026", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> !fakeSms.sentTo(stranger).isEmpty());
        assertThat(fakeSms.sentTo(stranger).get(0).text()).startsWith("Xin loi, chi can bo UBND xa");
    }

    @Test
    void periodsThatDoNotExistAreExplained() {
        assertThat(sms(data.official(), "BC 13/2026")).startsWith("Khong hieu ky bao cao \"13/2026\"").contains("BC Q3 2026");
        assertThat(sms(data.official(), "bc Q5")).startsWith("Khong hieu ky bao cao \"Q5\"");
    }

    @Test
    void anEnglishSpeakingOfficialGetsEnglish() {
        Person english = testPeople.english(data.official());
        assertThat(sms(english, "report movement-2026")).startsWith("Xa Dong Thinh").contains("PT2026", "Groups 3");
    }

    @Test
    void aFloodOfRequestsIsLimitedPolitely() {
        for (int i = 0; i < 5; i++) {
            assertThat(sms(data.official(), "BC " + (2020 + i))).startsWith("BC ");
        }
        // 5 in 10 minutes, then one more every 2 minutes
        assertThat(sms(data.official(), "BC 2026")).startsWith("Anh/chi da yeu cau nhieu bao cao").contains("2 phut");
    }

    @Test
    void onTelegramTheSummaryComesWithTheChartThePdfAndTheWorkbook() {
        Person official = testPeople.withTelegram(data.official());
        String address = String.valueOf(official.getTelegramUserId());
        inbound.receive(InboundMessage.text(ChannelType.TELEGRAM, "TG" + UUID.randomUUID(), address, "/baocao 2026",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !fakeTelegram.sentTo(address).isEmpty());
        OutboundEnvelope sent = fakeTelegram.sentTo(address).get(0);
        assertThat(sent.text()).contains("Báo cáo " + data.commune().getName(), "Tổ liên gia: 3 tổ", "• Thôn Một",
                "12 lượt đánh kẻng trong 12 đêm ở 3 điểm kẻng: 6 đúng giờ, 1 muộn, 2 chưa đánh, 2 có lý do, 1 lỗi hệ thống",
                "5 vụ (kỳ trước 1): Cháy, nổ 2, Trộm cắp 2, Cứu nạn 1; 1 báo nhầm, 1 chưa xác minh; "
                        + "từ khi báo đến khi có người nhận “Tôi đến ngay”: thường mất 9 phút, lâu nhất 20 phút", "Kèm theo")
                .doesNotContain("chưa có nguồn");
        List<vn.keng.messaging.Attachment> files = sent.attachments();
        assertThat(files).extracting(vn.keng.messaging.Attachment::contentType).containsExactly("image/png",
                "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(files.get(0).fileName()).startsWith("bao-cao-xa-dong-thinh-").endsWith("-2026.png");
        assertThat(new String(files.get(1).content(), 0, 5)).isEqualTo("%PDF-");
    }
}
