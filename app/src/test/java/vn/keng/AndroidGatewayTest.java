package vn.keng;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import vn.keng.incident.IncidentQueries;
import vn.keng.incident.IncidentView;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.Correlation;
import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.messaging.Priority;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * Two Android phones (the default one, and one with a Viettel SIM) and Twilio behind them, faked at
 * HTTP level with WireMock, the whole application between: the service registers its webhooks on the
 * phones at startup, a signed SMS comes in through the real pipeline and its alarms leave through the
 * phone of each recipient's network, the reply through the phone the report came in on; forged
 * webhooks change nothing; pings are recorded for every instance; a phone answering 5xx, 429 or
 * nothing hands its alarms to Twilio, each sent once.
 */
@SpringBootTest(classes = KengApplication.class, properties = {"keng.demo.enabled=false",
        "keng.simulator.enabled=false", "keng.admin.username=" + AndroidGatewayTest.ADMIN,
        "keng.admin.password=" + AndroidGatewayTest.SECRET,
        "keng.sms.provider=twilio", "keng.sms.routes.84=android,twilio",
        "keng.sms.twilio.account-sid=" + AndroidGatewayTest.ACCOUNT, "keng.sms.twilio.auth-token=twilio-token",
        "keng.sms.twilio.from=+15005550006", "keng.sms.twilio.public-url=" + AndroidGateways.PUBLIC,
        "keng.sms.twilio.timeout=PT3S",
        "keng.sms.android.username=" + AndroidGateways.USER, "keng.sms.android.password=" + AndroidGateways.PASSWORD,
        "keng.sms.android.signing-key=" + AndroidGateways.MAIN_KEY, "keng.sms.android.send-interval=PT0.05S",
        "keng.sms.android.timeout=PT2S", "keng.sms.android.alarm-max-wait=PT20S",
        "keng.sms.android.phones.viettel.signing-key=" + AndroidGateways.VIETTEL_KEY,
        "keng.sms.android.phones.viettel.carriers=VIETTEL",
        "keng.sms.android.public-url=" + AndroidGateways.PUBLIC, "keng.sms.android.webhook-check=PT1S",
        "keng.sms.android.watch-interval=PT1S",
        "keng.messaging.sweep-interval=PT0.2S", "keng.messaging.sms-rate=1000", "keng.incident.widen-after=PT1H"})
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AndroidGatewayTest {

    static final String ADMIN = "android-admin";
    static final String SECRET = "secret-1";
    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
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
        registry.add("keng.sms.android.phones.viettel.url", () -> gateway.baseUrl() + "/viettel");
        registry.add("keng.sms.twilio.api-url", twilio::baseUrl);
    }

    /**
     * Before the application starts: phones that have no webhooks until they are registered, then list
     * them (as the gateway does: a WireMock scenario per phone), accepting messages; Twilio accepting.
     */
    @BeforeAll
    static void phonesWithoutWebhooks() {
        for (String phone : List.of("default", "viettel")) {
            String path = AndroidGateways.path(phone) + "/webhooks";
            gateway.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)));
            gateway.stubFor(post(urlPathEqualTo(path)).inScenario(phone).whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(201)).willSetStateTo("registered"));
            gateway.stubFor(get(urlPathEqualTo(path)).inScenario(phone).whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(200).withBody("[]")));
            AndroidGateways.webhooksInPlace(gateway, phone, "registered");
            AndroidGateways.accepts(gateway, phone);
        }
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SM00000000000000000000000000000042\","
                        + "\"account_sid\":\"" + ACCOUNT + "\",\"status\":\"queued\",\"num_segments\":\"1\"}")));
    }

    @Autowired MockMvc mvc;
    @Autowired TestPeople testPeople;
    @Autowired Registry registry;
    @Autowired TransactionTemplate tx;
    @Autowired IncidentQueries incidents;
    @Autowired OutboxQueries outbox;
    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;

    @Test
    @Order(1)
    void theServiceRegistersItsWebhooksOnEveryPhoneAndNeverTwice() {
        for (String phone : List.of("default", "viettel")) {
            String url = AndroidGateways.PUBLIC + "/webhooks/sms/android" + (phone.equals("default") ? "" : "/" + phone);
            await().atMost(PATIENCE).untilAsserted(() -> {
                for (String event : AndroidGateways.EVENTS) {
                    gateway.verify(postRequestedFor(urlPathEqualTo(AndroidGateways.path(phone) + "/webhooks"))
                            .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                                    AndroidGateways.USER, AndroidGateways.PASSWORD))
                            .withRequestBody(equalToJson("{\"url\":\"" + url + "\",\"event\":\"" + event + "\"}", true, true)));
                }
            });
            assertThat(registrations(phone)).hasSize(5).extracting(r -> r.getBodyAsString())
                    .allSatisfy(body -> assertThat(body).contains("\"id\":\"keng-" + phone + "-"));
        }

        // The next checks (every second here, as after a restart) find them in place: nothing is registered again.
        int gets = gateway.findAll(getRequestedFor(urlPathEqualTo("/main/webhooks"))).size();
        await().atMost(PATIENCE).until(() -> gateway.findAll(getRequestedFor(urlPathEqualTo("/main/webhooks"))).size()
                >= gets + 3);
        assertThat(registrations("default")).hasSize(5);
        assertThat(registrations("viettel")).hasSize(5);
        assertThat(jdbc.queryForObject("select count(*) from android_gateway_phone where phone in ('default', 'viettel') "
                + "and webhooks_checked_at is not null and webhooks_problem is null", Integer.class)).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aFireReportedThroughTheViettelPhoneAlarmsEachMemberThroughThePhoneOfTheirNetwork() throws Exception {
        Commune commune = testPeople.commune();
        Village village = testPeople.village(commune);
        Person police = testPeople.person(village, Role.POLICE); // 097...: Viettel
        Person[] group = tx.execute(t -> {
            var g = registry.createGroup(village.getId(), TestPeople.unique("Tổ"), null, null);
            var household = registry.createHousehold(village.getId(), null, "Xóm Đình", g.getId());
            Person member = registry.createPerson(commune.getId(), TestPeople.unique("Người"), AndroidGateways.vinaphone(),
                    EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
            Person reporter = registry.createPerson(commune.getId(), TestPeople.unique("Người"),
                    AndroidGateways.vinaphone(), EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
            return new Person[] {member, reporter};
        });
        Person member = group[0];
        Person reporter = group[1];
        String eventId = "ev-" + UUID.randomUUID();

        assertThat(AndroidGateways.signed(mvc, "/webhooks/sms/android/viettel",
                AndroidGateways.received(eventId, reporter.getPhone(), "BAO CHAY nha kho cuoi xom"),
                AndroidGateways.VIETTEL_KEY)).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> !incidents.reportedBy(reporter.getId()).isEmpty());
        IncidentView incident = incidents.reportedBy(reporter.getId()).get(0);
        LoggedRequest toPolice = awaitSms("viettel", police.getPhone());
        LoggedRequest toMember = awaitSms("default", member.getPhone());
        LoggedRequest toReporter = awaitSms("viettel", reporter.getPhone());

        List<OutboxEntry> alarms = outbox.byCorrelation(new Correlation("INCIDENT", incident.id())).stream()
                .filter(r -> r.channel() == ChannelType.SMS && r.priority() == Priority.ALARM).toList();
        OutboxEntry policeAlarm = alarms.stream().filter(r -> police.getId().equals(r.personId())).findFirst().orElseThrow();
        assertThat(toPolice.getBodyAsString()).contains("\"id\":\"keng-" + policeAlarm.id() + "\"", "\"priority\":100",
                "BAO DONG");
        assertThat(toMember.getBodyAsString()).contains("\"priority\":100", "BAO DONG");
        assertThat(alarms).allSatisfy(r -> assertThat(r.communeId()).isEqualTo(commune.getId()));
        // The reporter (a Vinaphone number) is answered through the Viettel phone their report came in on.
        assertThat(toReporter.getBodyAsString()).doesNotContain("\"priority\":100");
        assertThat(sms("default", reporter.getPhone())).isEmpty();
        await().atMost(PATIENCE).until(() -> outbox.byCorrelation(new Correlation("INCIDENT", incident.id())).stream()
                .filter(r -> r.channel() == ChannelType.SMS && r.priority() == Priority.ALARM)
                .allMatch(r -> r.status() == OutboxStatus.SENT));
        assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing(enc(member.getPhone().e164()))))).isEmpty();

        // The phone delivers the same event again (it retries until it gets a 2xx): handled once.
        assertThat(AndroidGateways.signed(mvc, "/webhooks/sms/android/viettel",
                AndroidGateways.received(eventId, reporter.getPhone(), "BAO CHAY nha kho cuoi xom"),
                AndroidGateways.VIETTEL_KEY)).isEqualTo(200);
        Thread.sleep(1000);
        assertThat(incidents.reportedBy(reporter.getId())).hasSize(1);
        assertThat(sms("viettel", police.getPhone())).hasSize(1);
    }

    @Test
    @Order(3)
    void aForgedWebhookIsRefusedAndChangesNothing() throws Exception {
        PhoneNumber stranger = AndroidGateways.vinaphone();
        String eventId = "ev-" + UUID.randomUUID();
        String body = AndroidGateways.received(eventId, stranger, "BAO CHAY");
        assertThat(AndroidGateways.signed(mvc, "/webhooks/sms/android/viettel", body, AndroidGateways.MAIN_KEY))
                .isEqualTo(403);
        assertThat(AndroidGateways.signed(mvc, "/webhooks/sms/android", body, "not-the-key")).isEqualTo(403);
        assertThat(AndroidGateways.signed(mvc, "/webhooks/sms/android/viettel", AndroidGateways.ping("p-" + UUID.randomUUID()),
                "not-the-key")).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where provider_message_id = ?",
                Integer.class, eventId)).isZero();
        Thread.sleep(500);
        assertThat(sms("default", stranger)).isEmpty();
        assertThat(sms("viettel", stranger)).isEmpty();
    }

    @Test
    @Order(4)
    void aPingIsRecordedForEveryInstanceAndThePhonesHealthIsAGroupOfItsOwn() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        assertThat(AndroidGateways.signed(mvc, "/webhooks/sms/android", AndroidGateways.ping("p-" + UUID.randomUUID()),
                AndroidGateways.MAIN_KEY)).isEqualTo(200);
        Timestamp ping = jdbc.queryForObject("select last_ping_at from android_gateway_phone where phone = 'default'",
                Timestamp.class);
        assertThat(ping.toInstant()).isAfter(before);
        assertThat(jdbc.queryForObject("select last_event from android_gateway_phone where phone = 'default'",
                String.class)).isEqualTo("system:ping");

        String group = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/health/androidGateway").with(httpBasic(ADMIN, SECRET)))
                .andReturn().getResponse().getContentAsString();
        assertThat(group).contains("\"status\":\"UP\"", "androidPhones", "\"default\"", "\"viettel\"", "lastPing",
                "\"carriers\":[\"VIETTEL\"]");
        String root = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/health").with(httpBasic(ADMIN, SECRET))).andReturn().getResponse()
                .getContentAsString();
        assertThat(root).doesNotContain("androidPhones").contains("androidGateway");

        // the ping shows in the gauge an operator's alert watches (tagged with the phone's name only)
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(gauge("keng_sms_gateway_last_ping_age_seconds",
                "default")).isLessThan(Duration.between(before, Instant.now()).toSeconds() + 1.0));
        assertThat(gauge("keng_sms_gateway_silent", "default")).isZero();
        assertThat(DeployFilesTest.GATEWAY_METRICS).allSatisfy(name -> assertThat(gauge(name, "default")).isNotNull());
        assertThat(gauge("keng_sms_gateway_last_ping_age_seconds", "viettel")).isNotNull();
    }

    private Double gauge(String name, String phone) throws Exception {
        String scrape = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/actuator/prometheus").with(httpBasic(ADMIN, SECRET))).andReturn().getResponse()
                .getContentAsString();
        String prefix = name + "{phone=\"" + phone + "\"}";
        return scrape.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> Double.valueOf(line.substring(prefix.length()).trim())).orElse(null);
    }

    @Test
    @Order(5)
    void aPhoneAnswering5xx429OrNothingHandsItsAlarmsToTwilioEachSentOnce() {
        Village village = testPeople.village(testPeople.commune());
        for (var answer : List.of(aResponse().withStatus(500).withBody("{\"message\":\"internal\"}"),
                aResponse().withStatus(429), aResponse().withStatus(202).withFixedDelay(4_000))) {
            gateway.stubFor(post(urlPathEqualTo("/main/message")).willReturn(answer));
            Person resident = person(village, AndroidGateways.vinaphone());
            long alarm = queue(resident, Priority.ALARM);
            await().atMost(PATIENCE).until(() -> outbox.find(alarm).orElseThrow().status() == OutboxStatus.SENT);
            assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                    .withRequestBody(containing("To=" + enc(resident.getPhone().e164()))))).hasSize(1);
            assertThat(sms("default", resident.getPhone())).hasSize(1);
        }

        // A duty message is not an alarm: it waits for the phone (retried by the outbox), never goes to Twilio.
        gateway.stubFor(post(urlPathEqualTo("/main/message")).willReturn(aResponse().withStatus(500)));
        Person striker = person(village, AndroidGateways.vinaphone());
        long reminder = queue(striker, Priority.DUTY);
        await().atMost(PATIENCE).until(() -> outbox.find(reminder).orElseThrow().attempts() >= 1
                && outbox.find(reminder).orElseThrow().status() == OutboxStatus.PENDING);
        assertThat(outbox.find(reminder).orElseThrow().lastError()).contains("HTTP 500");
        assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing("To=" + enc(striker.getPhone().e164()))))).isEmpty();
        AndroidGateways.accepts(gateway, "default");
    }

    private Person person(Village village, PhoneNumber phone) {
        return tx.execute(t -> registry.createPerson(village.getCommuneId(), TestPeople.unique("Người"), phone,
                EnumSet.of(Role.RESIDENT), village.getId(), null, Language.VI));
    }

    private long queue(Person person, Priority priority) {
        return tx.execute(t -> notifications.notify(person.getId(), Notice.of("messaging.slow-down", Map.of(), priority)))
                .get(0);
    }

    private List<LoggedRequest> registrations(String phone) {
        return gateway.findAll(postRequestedFor(urlPathEqualTo(AndroidGateways.path(phone) + "/webhooks")));
    }

    private List<LoggedRequest> sms(String phone, PhoneNumber to) {
        return gateway.findAll(postRequestedFor(urlPathEqualTo(AndroidGateways.path(phone) + "/message"))
                .withRequestBody(containing("\"" + to.e164() + "\"")));
    }

    private LoggedRequest awaitSms(String phone, PhoneNumber to) {
        await().atMost(PATIENCE).until(() -> !sms(phone, to).isEmpty());
        return sms(phone, to).get(0);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
