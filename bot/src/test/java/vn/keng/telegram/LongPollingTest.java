package vn.keng.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.keng.TelegramTestApplication;
import vn.keng.messaging.InboundMessage;

/**
 * Long polling end to end: TelegramBots' runner polls the fake Bot API at keng.telegram.api-url,
 * updates come in through getUpdates and reach the core; the tapped button is answered.
 */
@SpringBootTest(classes = TelegramTestApplication.class, properties = {
        "keng.telegram.mode=polling",
        "keng.telegram.token=" + FakeBotApi.TOKEN,
        "keng.telegram.poll-timeout=1s"})
@DirtiesContext
class LongPollingTest {

    static final FakeBotApi api = new FakeBotApi().start();
    static final long FIRST = 810_000_000L + Fixtures.uniqueId() % 100_000_000L;

    static {
        String text = Fixtures.json("text", Map.of("710000101", String.valueOf(FIRST)));
        String tap = Fixtures.json("callback_query", Map.of("710000103", String.valueOf(FIRST + 1)));
        api.server().stubFor(api.method("getUpdates").inScenario("poll").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"ok\":true,\"result\":[" + text + "," + tap + "]}")).willSetStateTo("drained"));
        api.server().stubFor(api.method("getUpdates").inScenario("poll").whenScenarioStateIs("drained")
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    }

    @Autowired
    RecordingInboundMessages core;

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry registry) {
        registry.add("keng.telegram.api-url", api::url);
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    @Test
    void updatesFromGetUpdatesReachTheCoreAndTheNextPollAcknowledgesThem() throws Exception {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(core.received())
                .extracting(InboundMessage::providerMessageId)
                .contains(String.valueOf(FIRST), String.valueOf(FIRST + 1)));

        assertThat(core.receivedWithId(String.valueOf(FIRST))).singleElement()
                .satisfies(message -> assertThat(message.text()).isEqualTo("Báo cháy nhà ông Ba thôn 3"));
        assertThat(core.receivedWithId(String.valueOf(FIRST + 1))).singleElement()
                .satisfies(message -> assertThat(message.buttonData()).isEqualTo("incident:coming:42"));
        assertThat(api.calls("answerCallbackQuery")).hasSize(1);
        assertThat(api.calls("deleteWebhook")).isNotEmpty();

        ObjectMapper json = new ObjectMapper();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.calls("getUpdates").size() >= 2);
        List<JsonNode> polls = api.calls("getUpdates").stream().map(call -> read(json, call.getBodyAsString())).toList();
        assertThat(polls.get(0).get("timeout").asInt()).isEqualTo(1);
        assertThat(polls.get(polls.size() - 1).get("offset").asLong()).isEqualTo(FIRST + 2);

        // Updates in, replies out: the sender is not registered, so the real pipeline answers how to register,
        // through the outbox, the dispatcher and the Telegram sender, at the fake Bot API.
        await().atMost(Duration.ofSeconds(20)).until(() -> api.calls("sendMessage").stream()
                .map(call -> read(json, call.getBodyAsString()))
                .anyMatch(body -> body.get("chat_id").asText().equals("5550001001")
                        && body.get("text").asText().contains("chưa đăng ký")));
    }

    private static JsonNode read(ObjectMapper json, String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
