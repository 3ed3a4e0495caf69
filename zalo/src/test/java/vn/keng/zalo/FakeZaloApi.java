package vn.keng.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake Zalo Bot Platform in WireMock: {@code POST /bot<token>/<method>} answered the way the
 * platform documents it ({@code {"ok":true,"result":...}}, {@code {"ok":false,"error_code":...}}),
 * every call recorded. Our real {@link ZaloBotApi} talks to it.
 */
class FakeZaloApi {

    static final String TOKEN = "1459232241454765289:test-FAKE-zalo-token";
    static final String SENT = "{\"ok\":true,\"result\":{\"message_id\":\"82599fa32f56d00e8941\",\"date\":1749632637199}}";
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() & 0xffffffffL);

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    FakeZaloApi start() {
        server.start();
        stubDefaults();
        return this;
    }

    void stubDefaults() {
        server.resetAll();
        server.stubFor(method("sendMessage").willReturn(okJson(SENT)));
        server.stubFor(method("sendPhoto").willReturn(okJson(SENT)));
        server.stubFor(method("getMe").willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":\"1459232241454765289\",\"account_name\":\"bot.KengTest\",\"account_type\":\"BASIC\",\"can_join_groups\":false}}")));
        for (String method : List.of("setWebhook", "deleteWebhook")) {
            server.stubFor(method(method).willReturn(okJson("{\"ok\":true,\"result\":{\"url\":\"\",\"updated_at\":1749538250568}}")));
        }
        server.stubFor(method("getUpdates").willReturn(noUpdates()));
    }

    /** A long poll that ended without an update, after a short wait (the real one waits the poll's timeout). */
    static ResponseDefinitionBuilder noUpdates() {
        return okJson("{\"ok\":false,\"error_code\":408,\"description\":\"Request timeout\"}").withFixedDelay(150);
    }

    MappingBuilder method(String method) {
        return post(urlPathEqualTo("/bot" + TOKEN + "/" + method));
    }

    /** Zalo's error answer. */
    static ResponseDefinitionBuilder error(int httpStatus, int errorCode, String description) {
        return aResponse().withStatus(httpStatus).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":" + errorCode + ",\"description\":\"" + description + "\"}");
    }

    List<LoggedRequest> calls(String method) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/bot" + TOKEN + "/" + method)));
    }

    /** The JSON bodies of calls of a method to one chat, in order. */
    List<JsonNode> callsTo(String method, String chatId) {
        return calls(method).stream().map(r -> JsonMapper.shared().readTree(r.getBodyAsString()))
                .filter(body -> chatId.equals(body.path("chat_id").asString(""))).toList();
    }

    /** The texts sent to one chat, in order. */
    List<String> textsTo(String chatId) {
        return callsTo("sendMessage", chatId).stream().map(body -> body.path("text").asString("")).toList();
    }

    WireMockServer server() {
        return server;
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A fresh Zalo id (20 hex characters, like the platform's). */
    static String newId() {
        return String.format("%020x", IDS.incrementAndGet() * 7919 + 0xe4ea2cd5189dL);
    }
}
