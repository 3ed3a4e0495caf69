package vn.keng;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.messaging.Priority;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * A phone that never pings: past {@code ping-timeout} it shows DOWN in the {@code androidGateway}
 * health group (the service's own health and readiness stay up), the officials are told once, by
 * another route (Twilio here), in their language, every SMS meant for it goes to Twilio whatever its
 * priority; a ping brings it back, and the officials are told once again.
 */
@SpringBootTest(classes = KengApplication.class, properties = {"keng.demo.enabled=false",
        "keng.simulator.enabled=false", "keng.admin.username=" + AndroidGatewaySilenceTest.ADMIN,
        "keng.admin.password=" + AndroidGatewaySilenceTest.SECRET,
        "keng.sms.provider=twilio", "keng.sms.routes.84=android,twilio",
        "keng.sms.twilio.account-sid=" + AndroidGatewayTest.ACCOUNT, "keng.sms.twilio.auth-token=twilio-token",
        "keng.sms.twilio.from=+15005550006", "keng.sms.twilio.public-url=" + AndroidGateways.PUBLIC,
        "keng.sms.android.username=" + AndroidGateways.USER, "keng.sms.android.password=" + AndroidGateways.PASSWORD,
        "keng.sms.android.signing-key=" + AndroidGateways.MAIN_KEY, "keng.sms.android.send-interval=PT0S",
        "keng.sms.android.ping-timeout=PT4S", "keng.sms.android.watch-interval=PT0.5S",
        "keng.messaging.sweep-interval=PT0.2S", "keng.messaging.sms-rate=1000"})
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AndroidGatewaySilenceTest {

    static final String ADMIN = "silence-admin";
    static final String SECRET = "secret-2";
    static final String MESSAGES = AndroidGatewayTest.MESSAGES;
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();
    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @DynamicPropertySource
    static void apis(DynamicPropertyRegistry registry) {
        registry.add("keng.sms.android.url", () -> gateway.baseUrl() + "/main");
        registry.add("keng.sms.twilio.api-url", twilio::baseUrl);
    }

    @BeforeAll
    static void providersAccept() {
        AndroidGateways.accepts(gateway, "default");
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SM00000000000000000000000000000043\","
                        + "\"account_sid\":\"" + AndroidGatewayTest.ACCOUNT + "\",\"status\":\"queued\"}")));
    }

    @Autowired MockMvc mvc;
    @Autowired TestPeople testPeople;
    @Autowired TransactionTemplate tx;
    @Autowired OutboxQueries outbox;
    @Autowired Notifications notifications;

    @Test
    void aSilentPhoneIsDownInItsGroupOnlyOfficialsAreToldOnceByAnotherRouteAndItsSmsFailOver() throws Exception {
        Village village = testPeople.village(testPeople.commune());
        Person official = testPeople.person(village, Role.OFFICIAL);
        Person englishOfficial = testPeople.english(testPeople.person(village, Role.OFFICIAL));
        // The phone may have gone silent before these officials existed: a ping, and the watch starts over.
        Instant pinged = ping();
        await().atMost(PATIENCE).until(() -> status("/actuator/health/androidGateway", false) == 200);

        // Silent past the time-out: the group is DOWN (503), the service itself and its readiness are not.
        await().atMost(PATIENCE).until(() -> status("/actuator/health/androidGateway", false) == 503);
        MvcResult group = health("/actuator/health/androidGateway", true);
        assertThat(group.getResponse().getContentAsString()).contains("\"status\":\"DOWN\"", "silentSince");
        assertThat(status("/actuator/health/readiness", false)).isEqualTo(200);
        assertThat(status("/actuator/health/liveness", false)).isEqualTo(200);
        MvcResult root = health("/actuator/health", false);
        assertThat(root.getResponse().getStatus()).isEqualTo(200);
        assertThat(root.getResponse().getContentAsString()).doesNotContain("\"status\":\"DOWN\"");

        // The officials are told, once, through Twilio (the silent phone is skipped), each in their language.
        OutboxEntry told = awaitNotice(official, "sms.gateway.down", pinged);
        OutboxEntry toldInEnglish = awaitNotice(englishOfficial, "sms.gateway.down", pinged);
        assertThat(told.text()).startsWith("Keng: dien thoai gui SMS \"default\" im lang").contains("SMS Gateway");
        assertThat(toldInEnglish.text()).startsWith("Keng: SMS phone \"default\" silent for");
        assertThat(told.providerMessageId()).startsWith("SM"); // Twilio's id: not the phone's keng-<id>
        Thread.sleep(2000);
        assertThat(notices(official, "sms.gateway.down", pinged)).hasSize(1);
        assertThat(gateway.findAll(postRequestedFor(urlPathEqualTo("/main/message"))
                .withRequestBody(containing(official.getPhone().e164())).withRequestBody(containing("im lang")))).isEmpty();

        // Whatever its priority, an SMS meant for the silent phone goes on along the route.
        Person resident = testPeople.person(village);
        long alarm = queue(resident, Priority.ALARM);
        long reminder = queue(resident, Priority.DUTY);
        await().atMost(PATIENCE).until(() -> outbox.find(alarm).orElseThrow().status() == OutboxStatus.SENT
                && outbox.find(reminder).orElseThrow().status() == OutboxStatus.SENT);
        assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing("To=" + enc(resident.getPhone().e164()))))).hasSize(2);
        assertThat(gateway.findAll(postRequestedFor(urlPathEqualTo("/main/message"))
                .withRequestBody(containing(resident.getPhone().e164())))).isEmpty();

        // A ping: the phone is back, the officials are told once, SMS go through it again.
        Instant back = ping();
        await().atMost(PATIENCE).until(() -> status("/actuator/health/androidGateway", false) == 200);
        assertThat(awaitNotice(official, "sms.gateway.back", back).text()).contains("hoat dong tro lai");
        long after = queue(resident, Priority.ALARM);
        await().atMost(PATIENCE).until(() -> outbox.find(after).orElseThrow().status() == OutboxStatus.SENT);
        assertThat(gateway.findAll(postRequestedFor(urlPathEqualTo("/main/message"))
                .withRequestBody(containing(resident.getPhone().e164())))).hasSize(1);
        Thread.sleep(1500);
        assertThat(notices(official, "sms.gateway.back", back)).hasSize(1);
    }

    private Instant ping() throws Exception {
        Instant at = Instant.now().minusMillis(1);
        assertThat(AndroidGateways.signed(mvc, "/webhooks/sms/android", AndroidGateways.ping("p-" + UUID.randomUUID()),
                AndroidGateways.MAIN_KEY)).isEqualTo(200);
        return at;
    }

    private OutboxEntry awaitNotice(Person person, String template, Instant since) {
        await().atMost(PATIENCE).until(() -> notices(person, template, since).stream()
                .anyMatch(r -> r.status() == OutboxStatus.SENT));
        return notices(person, template, since).get(0);
    }

    /** The person's SMS notices of a template written since a moment. */
    private List<OutboxEntry> notices(Person person, String template, Instant since) {
        return outbox.recentForPerson(person.getId(), 50).stream()
                .filter(r -> r.channel() == ChannelType.SMS && template.equals(r.template())
                        && r.createdAt().isAfter(since)).toList();
    }

    private long queue(Person person, Priority priority) {
        return tx.execute(t -> notifications.notify(person.getId(), Notice.of("messaging.slow-down", Map.of(), priority)))
                .get(0);
    }

    private int status(String path, boolean credentials) throws Exception {
        return health(path, credentials).getResponse().getStatus();
    }

    private MvcResult health(String path, boolean credentials) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (credentials) {
            request.with(httpBasic(ADMIN, SECRET));
        }
        return mvc.perform(request).andReturn();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
