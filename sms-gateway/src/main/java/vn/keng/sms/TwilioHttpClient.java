package vn.keng.sms;

import java.net.URI;
import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's HTTP client with three changes: every request can be sent to another base URL
 * with its path and query unchanged ({@code keng.sms.twilio.api-url}: tests, proxies); neither the
 * SDK nor Apache HttpClient retries anything (the outbox owns retries: Twilio has no idempotency key,
 * so a silent retry can send an SMS twice); connect and read time-outs are bounded. The SDK's errors
 * carry no headers, so a {@code Retry-After} of a refused request is kept for the calling thread
 * ({@link #takeRetryAfter()}).
 */
class TwilioHttpClient extends NetworkHttpClient {

    private static final ThreadLocal<Duration> RETRY_AFTER = new ThreadLocal<>();

    private final String apiBase;

    TwilioHttpClient(String apiBase, Duration timeout) {
        super(builder(timeout));
        this.apiBase = apiBase == null || apiBase.isBlank() ? null : TwilioSettings.strip(apiBase);
    }

    private static HttpClientBuilder builder(Duration timeout) {
        Timeout t = Timeout.of(timeout);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(t).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                .setMaxConnPerRoute(20)
                .setMaxConnTotal(40)
                .build();
        return HttpClientBuilder.create().setConnectionManager(connections).disableAutomaticRetries();
    }

    @Override
    public Response makeRequest(Request request) {
        RETRY_AFTER.remove();
        Response response = super.makeRequest(apiBase == null ? request : redirected(request));
        if (response != null && (response.getStatusCode() == 429 || response.getStatusCode() == 503)
                && response.getHeaders() != null) {
            for (var header : response.getHeaders()) {
                if ("Retry-After".equalsIgnoreCase(header.getName())) {
                    RETRY_AFTER.set(RetryAfter.parse(header.getValue(), java.time.Instant.now()));
                }
            }
        }
        return response;
    }

    /** The Retry-After of this thread's last request, if it was refused with one; cleared by reading. */
    static Duration takeRetryAfter() {
        Duration after = RETRY_AFTER.get();
        RETRY_AFTER.remove();
        return after;
    }

    @Override
    protected boolean shouldRetry(Response response, int[] retryCodes) {
        return false;
    }

    private Request redirected(Request original) {
        URI uri = URI.create(original.getUrl());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        Request copy = new Request(original.getMethod(), apiBase + path);
        original.getQueryParams().forEach((name, values) -> values.forEach(v -> copy.addQueryParam(name, v)));
        original.getPostParams().forEach((name, values) -> values.forEach(v -> copy.addPostParam(name, v)));
        original.getHeaderParams().forEach((name, values) -> values.forEach(v -> copy.addHeaderParam(name, v)));
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        copy.setContentType(original.getContentType());
        if (original.getBody() != null) {
            copy.setBody(original.getBody());
        }
        if (original.getFormParameters() != null) {
            copy.setFormParameters(original.getFormParameters());
        }
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        return copy;
    }
}
