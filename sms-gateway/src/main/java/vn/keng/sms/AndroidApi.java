package vn.keng.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP calls to a phone's API (the phone itself, or the cloud or private server in front of it) with
 * its Basic credentials: sending a message, listing, registering and deleting webhooks.
 */
class AndroidApi {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http;
    private final Duration timeout;

    AndroidApi(Duration timeout) {
        this.timeout = timeout;
        // HTTP/1.1 as the phone's own server speaks it: no h2c upgrade on every new connection
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    HttpResponse<String> postMessage(AndroidPhone phone, String json) throws IOException, InterruptedException {
        return http.send(request(phone, phone.sendUri()).POST(HttpRequest.BodyPublishers.ofString(json,
                StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A webhook as the gateway lists it. */
    record Webhook(String id, String url, String event, String deviceId) {
    }

    List<Webhook> webhooks(AndroidPhone phone) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(phone, phone.webhooksUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        require(response, "list webhooks");
        List<Webhook> out = new ArrayList<>();
        try {
            JsonNode list = JSON.readTree(response.body());
            if (list == null || !list.isArray()) {
                throw new IOException("list webhooks: not a JSON array");
            }
            for (JsonNode w : list) {
                out.add(new Webhook(text(w, "id"), text(w, "url"), text(w, "event"), text(w, "deviceId")));
            }
        } catch (JacksonException e) {
            throw new IOException("list webhooks: not JSON", e);
        }
        return out;
    }

    void register(AndroidPhone phone, Webhook webhook) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", webhook.id());
        body.put("url", webhook.url());
        body.put("event", webhook.event());
        if (webhook.deviceId() != null) {
            body.put("deviceId", webhook.deviceId());
        }
        HttpResponse<String> response = http.send(request(phone, phone.webhooksUri())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        require(response, "register webhook " + webhook.id());
    }

    void delete(AndroidPhone phone, String id) throws IOException, InterruptedException {
        URI uri = URI.create(phone.webhooksUri() + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
        HttpResponse<String> response = http.send(request(phone, uri).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 404) {
            require(response, "delete webhook " + id);
        }
    }

    private HttpRequest.Builder request(AndroidPhone phone, URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (phone.username() + ":" + phone.password()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
    }

    private static void require(HttpResponse<String> response, String what) throws IOException {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            String body = response.body() == null ? "" : response.body();
            throw new IOException(what + ": HTTP " + status + " " + (body.length() > 200 ? body.substring(0, 200) : body));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
