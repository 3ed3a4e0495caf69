package vn.keng.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.http.Fault;

import vn.keng.messaging.Attachment;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.OutboundEnvelope;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.messaging.Priority;
import vn.keng.messaging.SendOutcome;
import vn.keng.registry.Person;
import vn.keng.registry.Role;

/** Sending on Zalo through the real client: splitting, pictures by signed link, Zalo's errors, a 429 then success. */
class ZaloSenderTest extends ZaloContext {

    /** An outbox id no row has: the sender is called directly here. */
    private static final long ROW = 987_654_321L;

    @Autowired ZaloSender sender;
    @Autowired FileLinks fileLinks;
    @Autowired Notifications notifications;
    @Autowired OutboxQueries outbox;
    @Autowired TransactionTemplate tx;

    @Test
    void aTextOver2000CharactersIsSplitAtLineBreaks() {
        String chat = FakeZaloApi.newId();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            text.append("Dòng ").append(i).append(": thôn Đồng Tâm đánh kẻng đúng giờ, ").append("x".repeat(60)).append('\n');
        }

        SendOutcome outcome = sender.send(envelope(chat, text.toString(), List.of()));

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        List<String> parts = api.textsTo(chat);
        assertThat(parts).hasSize(3).allSatisfy(part -> {
            assertThat(part.length()).isBetween(1, 2000);
            assertThat(part).startsWith("Dòng ").endsWith("x");
        });
        assertThat(String.join("\n", parts)).isEqualTo(text.toString().strip());
    }

    @Test
    void zalosRefusalsArePermanentAndItsFaultsRetryLater() {
        String chat = FakeZaloApi.newId();
        api.server().stubFor(api.method("sendMessage").willReturn(FakeZaloApi.error(403, 403, "User has blocked the bot")));
        assertThat(sender.send(envelope(chat, "a", List.of()))).isInstanceOfSatisfying(SendOutcome.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("403", "blocked"));

        api.server().stubFor(api.method("sendMessage").willReturn(okJson(
                "{\"ok\":false,\"error_code\":400,\"description\":\"Chat not found\"}")));
        assertThat(sender.send(envelope(chat, "b", List.of()))).isInstanceOf(SendOutcome.PermanentFailure.class);

        api.server().stubFor(api.method("sendMessage").willReturn(FakeZaloApi.error(502, 502, "Bad gateway")));
        assertThat(sender.send(envelope(chat, "c", List.of()))).isInstanceOf(SendOutcome.RetryLater.class);

        api.server().stubFor(api.method("sendMessage").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(sender.send(envelope(chat, "d", List.of()))).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                retry -> assertThat(retry.reason()).contains("no answer").doesNotContain(FakeZaloApi.TOKEN));

        api.server().stubFor(api.method("sendMessage").willReturn(okJson(FakeZaloApi.SENT).withFixedDelay(3000)));
        assertThat(sender.send(envelope(chat, "e", List.of()))).as("read time-out 2 s").isInstanceOf(SendOutcome.RetryLater.class);

        api.server().stubFor(api.method("sendMessage").willReturn(aResponse().withStatus(200).withBody("<html>proxy</html>")));
        assertThat(sender.send(envelope(chat, "f", List.of()))).isInstanceOf(SendOutcome.RetryLater.class);

        api.server().stubFor(api.method("sendMessage").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too many requests\"}")));
        assertThat(sender.send(envelope(chat, "g", List.of()))).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(7)));

        assertThat(sender.send(envelope("not a chat/id", "h", List.of()))).isInstanceOf(SendOutcome.PermanentFailure.class);
        assertThat(api.textsTo("not a chat/id")).isEmpty();
    }

    @Test
    void a429IsRetriedAfterWhatZaloSaysThenSent() {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String chat = linkZalo(person);
        api.server().stubFor(api.method("sendMessage").inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"ok\":false,\"error_code\":429,\"description\":\"Too many requests\","
                        + "\"parameters\":{\"retry_after\":1}}").withStatus(429))
                .willSetStateTo("calm"));
        api.server().stubFor(api.method("sendMessage").inScenario("429").whenScenarioStateIs("calm")
                .willReturn(okJson(FakeZaloApi.SENT)));

        List<Long> ids = tx.execute(s -> notifications.notify(person.getId(),
                Notice.of("conversation.help", Map.of("name", person.getName()), Priority.REPORT)));

        assertThat(ids).hasSize(1);
        OutboxEntry row = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> outbox.find(ids.get(0)).orElseThrow(),
                r -> r.status() == OutboxStatus.SENT);
        assertThat(row.channel()).isEqualTo(ChannelType.ZALO);
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.providerMessageId()).isEqualTo("82599fa32f56d00e8941");
        assertThat(api.textsTo(chat)).hasSize(2).allMatch(text -> text.contains(person.getName()));
    }

    @Test
    void picturesGoByShortLivedSignedLinksAndOtherFilesAsLinks() throws Exception {
        String chat = FakeZaloApi.newId();
        Attachment chart = new Attachment("bieu-do 2026.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Attachment pdf = new Attachment("bao-cao-2026.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'});

        SendOutcome outcome = sender.send(envelope(chat, "Báo cáo năm 2026", List.of(chart, pdf)));

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        String photo = api.callsTo("sendPhoto", chat).get(0).path("photo").asString();
        assertThat(photo).matches(PUBLIC_URL + "/webhooks/zalo/files/" + ROW + "/0/\\d+/[A-Za-z0-9_-]{43}/bieu-do-2026.png");
        assertThat(api.textsTo(chat)).satisfiesExactly(
                text -> assertThat(text).isEqualTo("Báo cáo năm 2026"),
                text -> assertThat(text).matches("📎 bao-cao-2026\\.pdf: " + PUBLIC_URL
                        + "/webhooks/zalo/files/" + ROW + "/1/\\d+/[A-Za-z0-9_-]{43}/bao-cao-2026\\.pdf"));

        String path = photo.substring(PUBLIC_URL.length());
        mvc.perform(get(path.replaceAll("/[A-Za-z0-9_-]{43}/", "/" + "A".repeat(43) + "/"))).andExpect(status().isForbidden());
        String expired = fileLinks.link(ROW, 0, "x.png", Duration.ofSeconds(-5)).orElseThrow().substring(PUBLIC_URL.length());
        mvc.perform(get(expired)).andExpect(status().isGone());
        mvc.perform(get(path)).andExpect(status().isNotFound()); // no outbox row has that id
    }

    @Test
    void aPossibleDuplicateIsMarkedAsAResendInTheRecipientsLanguage() {
        String vi = FakeZaloApi.newId();
        String en = FakeZaloApi.newId();
        java.time.Instant earlierClaim = java.time.Instant.now().minusSeconds(30);

        sender.send(new OutboundEnvelope(ROW, ChannelType.ZALO, vi, "BÁO CHÁY: nhà ông Ba, thôn 3", List.of(),
                List.of(), Priority.ALARM, 2, null, earlierClaim, vn.keng.registry.Language.VI));
        sender.send(new OutboundEnvelope(ROW, ChannelType.ZALO, en, "FIRE: Mr Ba's house, village 3", List.of(),
                List.of(), Priority.ALARM, 2, null, earlierClaim, vn.keng.registry.Language.EN));
        String first = FakeZaloApi.newId();
        sender.send(envelope(first, "BÁO CHÁY: nhà ông Ba, thôn 3", List.of()));

        assertThat(api.textsTo(vi)).containsExactly("BÁO CHÁY: nhà ông Ba, thôn 3\n(tin gửi lại)");
        assertThat(api.textsTo(en)).containsExactly("FIRE: Mr Ba's house, village 3\n(resent)");
        assertThat(api.textsTo(first)).containsExactly("BÁO CHÁY: nhà ông Ba, thôn 3");
    }

    private static OutboundEnvelope envelope(String chat, String text, List<Attachment> attachments) {
        return new OutboundEnvelope(ROW, ChannelType.ZALO, chat, text, List.of(), attachments, Priority.REPORT, 1, null);
    }
}
