package vn.keng.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small typed client of the Zalo Bot Platform on Spring's {@link RestClient}: every method is a
 * {@code POST <api-url>/bot<token>/<method>} with a JSON body, answered {@code {"ok": true, "result": ...}}
 * or {@code {"ok": false, "error_code": ..., "description": ...}}. Anything but a successful answer
 * throws {@link ZaloApiException}, never carrying the token. Long polling has a client of its own
 * whose read time-out covers the poll.
 */
class ZaloBotApi {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final RestClient calls;
    private final RestClient polls;
    private final String token;
    private final String base;

    ZaloBotApi(ZaloSettings settings) {
        this.token = settings.token();
        this.base = settings.apiBase() + "/bot" + token + "/";
        this.calls = client(settings, settings.readTimeout());
        this.polls = client(settings, settings.pollTimeout().plus(settings.readTimeout()));
    }

    private static RestClient client(ZaloSettings settings, Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(factory).build();
    }

    /** The bot itself: checks the token. */
    BotInfo getMe() {
        return as(call(calls, "getMe", Map.of()), BotInfo.class);
    }

    /** Waits up to {@code wait} for updates; empty when none came (Zalo's 408). */
    List<ZaloUpdate> getUpdates(Duration wait) {
        JsonNode result;
        try {
            result = call(polls, "getUpdates", new GetUpdates(String.valueOf(wait.toSeconds())));
        } catch (ZaloApiException e) {
            if (ZaloErrors.noUpdates(e)) {
                return List.of();
            }
            throw e;
        }
        List<ZaloUpdate> updates = new ArrayList<>();
        if (result.isArray()) {
            result.forEach(node -> updates.add(ZaloUpdates.read(node)));
        } else if (result.isObject()) {
            updates.add(ZaloUpdates.read(result));
        }
        return updates;
    }

    void setWebhook(String url, String secretToken) {
        call(calls, "setWebhook", new SetWebhook(url, secretToken));
    }

    void deleteWebhook() {
        call(calls, "deleteWebhook", Map.of());
    }

    /** Sends a text of 1-2,000 characters; the message id (null if Zalo named none). */
    String sendMessage(String chatId, String text) {
        return messageId(call(calls, "sendMessage", new SendMessage(chatId, text)));
    }

    /** Sends a picture Zalo fetches from {@code photoUrl}; the message id (null if Zalo named none). */
    String sendPhoto(String chatId, String photoUrl, String caption) {
        return messageId(call(calls, "sendPhoto", new SendPhoto(chatId, photoUrl,
                caption == null || caption.isBlank() ? null : caption)));
    }

    private static String messageId(JsonNode result) {
        Sent sent = as(result, Sent.class);
        return sent == null ? null : sent.messageId();
    }

    /** A result read as a record; null when it is not the expected object (the call itself succeeded). */
    private static <T> T as(JsonNode result, Class<T> type) {
        try {
            return result != null && result.isObject() ? JSON.treeToValue(result, type) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private JsonNode call(RestClient client, String method, Object body) {
        Answer answer;
        try {
            // The token's ':' stays as it is (a URI template would encode it): the settings allow no '/', '?', '#' or space in it.
            answer = client.post().uri(URI.create(base + method)).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body))
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                            read(response.getBody()), response.getHeaders().getFirst("Retry-After")), true);
        } catch (RestClientException e) {
            throw ZaloApiException.noAnswer(method, withoutToken(rootMessage(e)));
        }
        return answer.result(method);
    }

    private static String read(InputStream body) throws IOException {
        return body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }

    private String withoutToken(String message) {
        return message == null ? "" : message.replace(token, "<token>");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.getMessage() : e.getMessage() + " (" + root.getClass().getSimpleName() + ": "
                + root.getMessage() + ")";
    }

    /** An HTTP answer of the Bot API, read as far as Zalo's envelope. */
    private record Answer(int status, String body, String retryAfterHeader) {

        JsonNode result(String method) {
            JsonNode root;
            try {
                root = JSON.readTree(body);
            } catch (JacksonException e) {
                root = null;
            }
            boolean success = status >= 200 && status < 300;
            if (root == null || !root.isObject()) {
                if (success) {
                    throw ZaloApiException.noAnswer(method, "unreadable answer (HTTP " + status + ")");
                }
                throw new ZaloApiException(method, status, null, null, retryAfter(null));
            }
            if (success && root.path("ok").asBoolean(false)) {
                return root.path("result");
            }
            JsonNode code = root.path("error_code");
            Integer errorCode = code.canConvertToInt() ? code.asInt() : null;
            JsonNode after = root.path("parameters").path("retry_after");
            throw new ZaloApiException(method, status, errorCode, root.path("description").asString(null),
                    retryAfter(after.canConvertToLong() ? after.asLong() : null));
        }

        private Duration retryAfter(Long fromBody) {
            if (fromBody != null && fromBody > 0) {
                return Duration.ofSeconds(Math.min(fromBody, 3600));
            }
            if (retryAfterHeader != null && retryAfterHeader.strip().matches("\\d{1,6}")) {
                return Duration.ofSeconds(Math.max(1, Math.min(Long.parseLong(retryAfterHeader.strip()), 3600)));
            }
            return null;
        }
    }

    /** {@code getUpdates}: how long to wait, in seconds (a string, as Zalo documents it). */
    record GetUpdates(String timeout) {
    }

    /** {@code setWebhook}: an HTTPS URL and the secret (8-256 characters) Zalo sends in {@code X-Bot-Api-Secret-Token}. */
    record SetWebhook(String url, String secretToken) {
    }

    /** {@code sendMessage}: a text of 1-2,000 characters. */
    record SendMessage(String chatId, String text) {
    }

    /** {@code sendPhoto}: a picture by URL, with an optional caption (left out when null). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SendPhoto(String chatId, String photo, String caption) {
    }

    /** {@code getMe}'s result. */
    record BotInfo(String id, String accountName, String accountType) {
    }

    /** The result of a send. */
    record Sent(String messageId, Long date) {
    }
}
