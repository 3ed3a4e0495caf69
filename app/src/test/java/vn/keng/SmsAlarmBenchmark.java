package vn.keng;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import vn.keng.messaging.Notice;
import vn.keng.messaging.Notifications;
import vn.keng.messaging.Priority;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * Benchmarks, not tests (nothing asserts on time): the SMS side of an alarm on the whole application,
 * PostgreSQL and Redis, providers faked by WireMock (answering at once) and reached by the real Twilio SDK
 * or our Android client. A fire is reported through a signed Android gateway webhook.
 * <ul>
 * <li>(a) a fire in a 50-person group: when each alarm SMS reaches the provider, counted from the moment
 * the webhook returned;</li>
 * <li>(b) 5,000 duty reminders draining at the SMS cap while fires are reported: the time until the first
 * alarm SMS of each fire reaches the provider, and the reminders' busiest second.</li>
 * </ul>
 * {@code -Dkeng.benchmark.provider=twilio} (default: alarms and reminders through Twilio, at
 * {@code -Dkeng.benchmark.sms-rate}, default 10/s as in production) or {@code android} (one phone at its
 * 2 s pace for Vietnamese numbers, Twilio behind it for alarms that would wait longer than
 * {@code alarm-max-wait}, as docs/sms.md sets a commune up).
 */
@Tag("benchmark")
@SpringBootTest(classes = KengApplication.class, properties = {"keng.demo.enabled=false", "keng.simulator.enabled=false",
        "keng.admin.username=bench", "keng.admin.password=bench-secret",
        "keng.sms.twilio.account-sid=" + AndroidGatewayTest.ACCOUNT, "keng.sms.twilio.auth-token=twilio-token",
        "keng.sms.twilio.from=+15005550006", "keng.sms.twilio.public-url=" + AndroidGateways.PUBLIC,
        "keng.sms.android.username=" + AndroidGateways.USER, "keng.sms.android.password=" + AndroidGateways.PASSWORD,
        "keng.sms.android.signing-key=" + AndroidGateways.MAIN_KEY, "keng.incident.widen-after=PT1H",
        "keng.messaging.inbound-per-minute=100000"})
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SmsAlarmBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SmsAlarmBenchmark.class);
    private static final String PROVIDER = System.getProperty("keng.benchmark.provider", "twilio");
    private static final String RATE = System.getProperty("keng.benchmark.sms-rate", "10");
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .containerThreads(40)).resetOnEachTest(false).build();
    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .containerThreads(40)).resetOnEachTest(false).build();

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("keng.sms.android.url", () -> gateway.baseUrl() + "/main");
        registry.add("keng.sms.twilio.api-url", twilio::baseUrl);
        registry.add("keng.messaging.sms-rate", () -> RATE);
        if (PROVIDER.equals("android")) {
            // The set-up docs/sms.md recommends: the phone first for Vietnam, Twilio after it (and the default).
            registry.add("keng.sms.provider", () -> "twilio");
            registry.add("keng.sms.routes.84", () -> "android,twilio");
            registry.add("keng.sms.android.send-interval", () -> "PT2S");
        } else {
            // Vietnamese numbers go through Twilio; the phone is configured (a route abroad) for the webhook.
            registry.add("keng.sms.provider", () -> "twilio");
            registry.add("keng.sms.routes.84", () -> "twilio");
            registry.add("keng.sms.routes.1", () -> "android");
        }
    }

    @BeforeAll
    static void providersAccept() {
        AndroidGateways.accepts(gateway, "default");
        twilio.stubFor(post(urlPathEqualTo(AndroidGatewayTest.MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SM00000000000000000000000000000044\","
                        + "\"account_sid\":\"" + AndroidGatewayTest.ACCOUNT + "\",\"status\":\"queued\"}")));
    }

    @Autowired MockMvc mvc;
    @Autowired TestPeople testPeople;
    @Autowired Registry registry;
    @Autowired TransactionTemplate tx;
    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;

    /** (a) Every alarm SMS of a fire in a 50-person group, after the webhook returned. */
    @Test
    void aFireInAFiftyPersonGroup() throws Exception {
        int fires = PROVIDER.equals("android") ? 1 : 5;
        List<Long> all = new ArrayList<>();
        for (int f = 0; f < fires; f++) {
            List<Person> group = group(50);
            Person reporter = group.get(0);
            long returned = report(reporter);
            List<Person> members = group.subList(1, group.size());
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> members.stream()
                    .allMatch(m -> handedOver(m) != null));
            List<Long> latencies = new ArrayList<>();
            for (Person m : members) {
                latencies.add(handedOver(m).getLoggedDate().getTime() - returned);
            }
            Collections.sort(latencies);
            all.addAll(latencies);
            log.info("BENCHMARK fire {} in a 50-person group ({}, sms-rate {}/s): {} alarm SMS handed to the provider "
                    + "after the webhook returned: first {} ms, p50 {} ms, p99 {} ms, last {} ms", f + 1, PROVIDER, RATE,
                    latencies.size(), latencies.get(0), pct(latencies, 50), pct(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
        Collections.sort(all);
        log.info("BENCHMARK fires in 50-person groups ({}, sms-rate {}/s), {} alarm SMS over {} fires: p50 {} ms, "
                + "p99 {} ms, max {} ms", PROVIDER, RATE, all.size(), fires, pct(all, 50), pct(all, 99),
                all.get(all.size() - 1));
    }

    /** (b) The first alarm SMS of fires reported while 5,000 duty reminders drain at the cap. */
    @Test
    void aFireWhileFiveThousandRemindersDrain() throws Exception {
        Village village = testPeople.village(testPeople.commune());
        List<Person> strikers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            strikers.add(testPeople.person(village, Role.STRIKER));
        }
        long queuedAt = System.currentTimeMillis();
        for (int batch = 0; batch < 20; batch++) {
            tx.executeWithoutResult(t -> {
                for (Person s : strikers) {
                    for (int i = 0; i < 2; i++) {
                        notifications.notify(s.getId(), Notice.of("messaging.slow-down", Map.of(), Priority.DUTY)
                                .withValidUntil(java.time.Instant.now().plus(Duration.ofHours(2))));
                    }
                }
            });
        }
        log.info("BENCHMARK queued 4,000+1,000 duty reminders in {} ms", System.currentTimeMillis() - queuedAt);
        tx.executeWithoutResult(t -> {
            for (Person s : strikers.subList(0, 100)) {
                for (int i = 0; i < 10; i++) {
                    notifications.notify(s.getId(), Notice.of("messaging.slow-down", Map.of(), Priority.DUTY)
                            .withValidUntil(java.time.Instant.now().plus(Duration.ofHours(2))));
                }
            }
        });
        Thread.sleep(5_000); // the drain is under way
        int fires = PROVIDER.equals("android") ? 3 : 5;
        for (int f = 0; f < fires; f++) {
            List<Person> group = group(10);
            long returned = report(group.get(0));
            List<Person> members = group.subList(1, group.size());
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                    .until(() -> members.stream().anyMatch(m -> handedOver(m) != null));
            long first = members.stream().map(this::handedOver).filter(r -> r != null)
                    .mapToLong(r -> r.getLoggedDate().getTime()).min().orElseThrow();
            int pending = jdbc.queryForObject("select count(*) from outbound_message where template = 'messaging.slow-down' "
                    + "and status = 'PENDING' and person_id in (select id from person where village_id = ?)", Integer.class,
                    village.getId());
            log.info("BENCHMARK fire {} while reminders drain ({}, sms-rate {}/s, {} reminders still waiting): first "
                    + "alarm SMS handed to the provider {} ms after the webhook returned", f + 1, PROVIDER, RATE, pending,
                    first - returned);
            Thread.sleep(3_000);
        }
        busiestSecond(strikers);
        int expired = jdbc.update("update outbound_message set status = 'EXPIRED' where template = 'messaging.slow-down' "
                + "and status = 'PENDING' and person_id in (select id from person where village_id = ?)", village.getId());
        log.info("BENCHMARK {} reminders not sent yet were dropped to end the run", expired);
    }

    /** The most reminders handed over in one second (the cap keeps it at the rate less the alarm reserve). */
    private void busiestSecond(List<Person> strikers) {
        Map<Long, Integer> perSecond = new TreeMap<>();
        List<LoggedRequest> requests = PROVIDER.equals("android")
                ? gateway.findAll(postRequestedFor(urlPathEqualTo("/main/message")))
                : twilio.findAll(postRequestedFor(urlPathEqualTo(AndroidGatewayTest.MESSAGES)));
        java.util.Set<String> numbers = new java.util.HashSet<>();
        strikers.forEach(s -> numbers.add(s.getPhone().e164()));
        int reminders = 0;
        for (LoggedRequest r : requests) {
            // Twilio's form body is URL-encoded; the phone's JSON is not (decoding it would turn "+84" into " 84")
            String body = PROVIDER.equals("android") ? r.getBodyAsString() : decode(r.getBodyAsString());
            if (numbers.stream().anyMatch(body::contains)) {
                reminders++;
                perSecond.merge(r.getLoggedDate().getTime() / 1000, 1, Integer::sum);
            }
        }
        int busiest = perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        log.info("BENCHMARK reminders handed over during the run: {} in {} s, busiest second {} ({}, sms-rate {}/s)",
                reminders, perSecond.size(), busiest, PROVIDER, RATE);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** A group of {@code size} people in households of five, in a fresh village and commune, with its police. */
    private List<Person> group(int size) {
        Commune commune = testPeople.commune();
        Village village = testPeople.village(commune);
        testPeople.person(village, Role.POLICE);
        return tx.execute(t -> {
            var g = registry.createGroup(village.getId(), TestPeople.unique("Tổ"), null, null);
            List<Person> people = new ArrayList<>();
            for (int h = 0; h < (size + 4) / 5; h++) {
                var household = registry.createHousehold(village.getId(), null, "Nhà " + h, g.getId());
                for (int p = 0; p < 5 && people.size() < size; p++) {
                    people.add(registry.createPerson(commune.getId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                            EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI));
                }
            }
            return people;
        });
    }

    /** Reports a fire through the phone's signed webhook; the moment it returned. */
    private long report(Person reporter) throws Exception {
        int status = AndroidGateways.signed(mvc, "/webhooks/sms/android",
                AndroidGateways.received("ev-" + UUID.randomUUID(), reporter.getPhone(), "BAO CHAY nha kho cuoi xom"),
                AndroidGateways.MAIN_KEY);
        long returned = System.currentTimeMillis();
        if (status != 200) {
            throw new IllegalStateException("webhook answered " + status);
        }
        return returned;
    }

    /** The first alarm SMS to the person at the provider, or null. */
    private LoggedRequest handedOver(Person person) {
        String e164 = person.getPhone().e164();
        List<LoggedRequest> viaTwilio = twilio.findAll(postRequestedFor(urlPathEqualTo(AndroidGatewayTest.MESSAGES))
                .withRequestBody(containing("To=" + URLEncoder.encode(e164, StandardCharsets.UTF_8)))
                .withRequestBody(containing("BAO+DONG")));
        List<LoggedRequest> viaPhone = gateway.findAll(postRequestedFor(urlPathEqualTo("/main/message"))
                .withRequestBody(containing("\"" + e164 + "\"")).withRequestBody(containing("BAO DONG")));
        List<LoggedRequest> both = new ArrayList<>(viaTwilio);
        both.addAll(viaPhone);
        return both.stream().min(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).orElse(null);
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
