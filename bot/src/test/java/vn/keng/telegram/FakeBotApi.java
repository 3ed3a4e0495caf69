package vn.keng.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A fake Telegram Bot API in WireMock: answers every method the adapter calls the way Telegram
 * does ({@code POST /bot<token>/<method>}, {@code {"ok":true,"result":...}}) and records the calls.
 */
class FakeBotApi {

    static final String TOKEN = "123456:TEST-fake-token";
    static final String MESSAGE = """
            {"ok":true,"result":{"message_id":%d,"date":1781893200,"chat":{"id":5550001001,"type":"private"},"text":"ok"}}""";
    static final String TRUE = "{\"ok\":true,\"result\":true}";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    FakeBotApi start() {
        server.start();
        stubDefaults();
        return this;
    }

    void stubDefaults() {
        server.resetAll();
        for (String method : List.of("sendMessage", "sendPhoto", "sendDocument")) {
            server.stubFor(method(method).willReturn(okJson(MESSAGE.formatted(1001))));
        }
        for (String method : List.of("answerCallbackQuery", "editMessageReplyMarkup", "setWebhook", "deleteWebhook",
                "setMyCommands")) {
            server.stubFor(method(method).willReturn(okJson(TRUE)));
        }
        server.stubFor(method("getUpdates").willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    }

    /** The client library writes method names in lower case; the Bot API, like this fake, ignores case. */
    MappingBuilder method(String method) {
        return post(urlPathMatching(pattern(method)));
    }

    private static String pattern(String method) {
        return "(?i)" + Pattern.quote(path(method));
    }

    static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    /** Telegram's error answer, e.g. 403 "Forbidden: bot was blocked by the user". */
    static ResponseDefinitionBuilder error(int code, String description, String parameters) {
        String json = "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\""
                + (parameters == null ? "" : ",\"parameters\":" + parameters) + "}";
        return aResponse().withStatus(code).withHeader("Content-Type", "application/json").withBody(json);
    }

    List<LoggedRequest> calls(String method) {
        return server.findAll(postRequestedFor(urlPathMatching(pattern(method))));
    }

    /** Verifies the number of calls of a method carrying a multipart part of that name (files). */
    List<LoggedRequest> callsWithPart(String method, String part) {
        return server.findAll(postRequestedFor(urlPathMatching(pattern(method)))
                .withRequestBodyPart(com.github.tomakehurst.wiremock.client.WireMock.aMultipart().withName(part).build()));
    }

    WireMockServer server() {
        return server;
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    void stop() {
        server.stop();
    }
}
