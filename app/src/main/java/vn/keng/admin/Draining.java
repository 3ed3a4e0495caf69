package vn.keng.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first step of a clean shutdown: once the application context starts to stop (SIGTERM), every
 * new request but the actuator's is answered {@code 503} with {@code Retry-After}, so Twilio, the
 * Android gateway and Telegram deliver their webhooks again (to another instance, or to this one
 * after its restart) instead of handing a fire report to a process that is closing. Requests already
 * in progress finish (Tomcat's graceful shutdown waits for them); then the dispatcher finishes or
 * releases its rows, Quartz stops, and only then are the database and Redis closed.
 * <p>
 * A lifecycle bean with the highest phase, so it stops before every other one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Draining extends OncePerRequestFilter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Draining.class);
    static final String DETAIL = "The service is shutting down; send again in a few seconds";

    private final long retryAfterSeconds;
    private volatile boolean running;

    Draining(@Value("${keng.shutdown.retry-after:PT10S}") Duration retryAfter) {
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (running || request.getRequestURI().startsWith("/actuator")) {
            chain.doFilter(request, response);
            return;
        }
        log.info("{} {} answered 503 while shutting down", request.getMethod(), request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String body = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                + DETAIL + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        log.info("Shutting down: new requests are answered 503 with Retry-After {} s", retryAfterSeconds);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first (the dispatcher is {@code MAX_VALUE - 100}, Tomcat's graceful shutdown far below). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 10;
    }
}
