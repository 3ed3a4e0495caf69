package vn.keng.zalo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.keng.ZaloTestApplication;
import vn.keng.messaging.ChannelType;
import vn.keng.registry.ChatLinks;
import vn.keng.registry.Person;
import vn.keng.testing.FakeChannel;
import vn.keng.testing.TestPeople;

/**
 * The service in webhook mode on the embedded default (H2, embedded Redis; PostgreSQL and Redis with
 * -Pintegration), its real Zalo client pointed at one fake Bot Platform shared by the test classes of
 * this context. SMS is the core's fake channel (the SMS adapter is another module); the clock can be
 * shifted by hand; Redis can be cut ({@link vn.keng.testing.RedisFaults}).
 */
@SpringBootTest(classes = ZaloTestApplication.class, properties = {
        "keng.demo.enabled=false",
        "keng.zalo.mode=webhook",
        "keng.zalo.token=" + FakeZaloApi.TOKEN,
        "keng.zalo.webhook-secret=" + ZaloContext.SECRET,
        "keng.zalo.public-url=" + ZaloContext.PUBLIC_URL + "/",
        "keng.zalo.read-timeout=2s",
        "keng.zalo.rate-per-second=1000",
        "keng.zalo.rate-per-chat-per-second=50",
        "keng.messaging.backoff-base=PT0.05S",
        "keng.messaging.sweep-interval=PT0.2S",
        "keng.messaging.sms-rate=1000"})
@AutoConfigureMockMvc
@Import({ZaloContext.Channels.class, vn.keng.testing.RedisFaults.class})
abstract class ZaloContext {

    static final String SECRET = "zalo-test-secret_0123456789";
    static final String PUBLIC_URL = "https://keng.example.vn";
    static final FakeZaloApi api = new FakeZaloApi().start();
    /** The setWebhook calls made while the service started, kept before the first test resets the fake. */
    static java.util.List<com.github.tomakehurst.wiremock.verification.LoggedRequest> startupSetWebhook;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired FakeChannel sms;
    @Autowired ShiftedClock clock;
    @Autowired TestPeople people;
    @Autowired ChatLinks links;
    @Autowired RecordingInbound core;

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry registry) {
        registry.add("keng.zalo.api-url", api::url);
    }

    @BeforeEach
    void resetFakes() {
        clock.reset();
        synchronized (ZaloContext.class) {
            if (startupSetWebhook == null) {
                startupSetWebhook = api.calls("setWebhook");
            }
        }
        // Replies of the previous test travel through the real pipeline and outbox: let them land first.
        // Rows due later (held for the end of quiet hours, left in a shared database by another
        // module's tests) are not waited for.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select 'in ' || status from inbound_message where status in ('RECEIVED', 'HANDLING') "
                        + "union all select 'out ' || channel || ' ' || status from outbound_message "
                        + "where status in ('PENDING', 'SENDING') and next_attempt_at < ?", String.class,
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60))), Matchers.empty());
        api.stubDefaults();
        sms.reset();
        core.reset();
    }

    ResultActions post(String body, String secret) throws Exception {
        var request = MockMvcRequestBuilders.post(ZaloWebhook.PATH).contentType(MediaType.APPLICATION_JSON).content(body);
        if (secret != null) {
            request.header(ZaloWebhook.SECRET_HEADER, secret);
        }
        return mvc.perform(request);
    }

    /** A Zalo account linked to the person. */
    String linkZalo(Person person) {
        String account = FakeZaloApi.newId();
        links.link(ChannelType.ZALO.name(), account, person.getId());
        return account;
    }

    /**
     * Waits until the fake got this many texts for the chat, and returns the replies in the order the
     * service wrote them (the dispatcher's workers may deliver two replies to one chat in either order).
     */
    java.util.List<String> awaitReplies(String chat, int count) {
        awaitTexts(chat, count);
        return jdbc.queryForList("select text from outbound_message where channel = 'ZALO' and address = ? order by id",
                String.class, chat);
    }

    /** Waits until the fake got this many texts for the chat, and returns them. */
    java.util.List<String> awaitTexts(String chat, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api.textsTo(chat),
                texts -> texts.size() >= count);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Channels {

        @Bean
        FakeChannel fakeSms() {
            return new FakeChannel(ChannelType.SMS);
        }

        @Bean
        @org.springframework.context.annotation.Primary
        ShiftedClock testClock() {
            return new ShiftedClock();
        }
    }
}
