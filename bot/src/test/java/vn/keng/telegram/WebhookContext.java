package vn.keng.telegram;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import vn.keng.TelegramTestApplication;

/**
 * The service in webhook mode on the embedded default (H2, embedded Redis), its Telegram client
 * pointed at one fake Bot API shared by the test classes that use this context.
 */
@SpringBootTest(classes = TelegramTestApplication.class, properties = {
        "keng.telegram.mode=webhook",
        "keng.telegram.token=" + FakeBotApi.TOKEN,
        "keng.telegram.webhook-secret=" + WebhookContext.SECRET,
        "keng.telegram.public-url=https://keng.example.vn/",
        "keng.telegram.read-timeout=2s"})
@AutoConfigureMockMvc
abstract class WebhookContext {

    static final String SECRET = "test-secret_0123456789";
    static final FakeBotApi api = new FakeBotApi().start();
    /** The calls the service made while starting, kept before the first test resets the fake. */
    static List<LoggedRequest> startupSetWebhook;
    static List<LoggedRequest> startupSetMyCommands;

    @Autowired
    RecordingInboundMessages core;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry registry) {
        registry.add("keng.telegram.api-url", api::url);
    }

    @BeforeEach
    void resetFakes() {
        synchronized (WebhookContext.class) {
            if (startupSetWebhook == null) {
                startupSetWebhook = api.calls("setWebhook");
                startupSetMyCommands = api.calls("setMyCommands");
            }
        }
        // Replies of the previous test travel through the real pipeline and outbox: let them land first.
        // Rows due later (a notice's SMS held until the quiet hours end, left in a shared database by
        // another module's tests) are not waited for.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select 'in ' || status || ' ' || provider_message_id from inbound_message where status in ('RECEIVED', 'HANDLING') "
                        + "union all select 'out ' || channel || ' ' || status || ' ' || coalesce(last_error, '') "
                        + "from outbound_message where status in ('PENDING', 'SENDING') and next_attempt_at < ?",
                String.class, java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60))),
                org.hamcrest.Matchers.empty());
        api.stubDefaults();
        core.reset();
    }
}
