package vn.keng.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** New requests during a shutdown are answered 503 with Retry-After, so providers deliver again. */
class DrainingTest {

    private final Draining draining = new Draining(Duration.ofSeconds(7));

    @Test
    void aRunningServicePassesEveryRequestOn() throws Exception {
        draining.start();

        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = post("/webhooks/twilio/sms", chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aWebhookArrivingWhileTheServiceStopsIsAnswered503WithRetryAfterAndNotHandled() throws Exception {
        draining.start();
        draining.stop();

        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = post("/webhooks/twilio/sms", chain);

        assertThat(chain.getRequest()).as("the request must not reach the pipeline").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("7");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains(Draining.DETAIL);
        assertThat(draining.isRunning()).isFalse();
    }

    @Test
    void healthProbesStillAnswerWhileStopping() throws Exception {
        draining.start();
        draining.stop();

        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health/readiness");
        draining.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void itStopsBeforeTheDispatcherAndEveryOtherLifecycle() {
        assertThat(draining.getPhase()).isGreaterThan(Integer.MAX_VALUE - 100);
    }

    private MockHttpServletResponse post(String uri, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent("Body=co+chay&From=%2B84913010200".getBytes());
        MockHttpServletResponse response = new MockHttpServletResponse();
        draining.doFilter(request, response, chain);
        return response;
    }
}
