package vn.keng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.keng.TestUsers.admin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.keng.duty.GongRounds;
import vn.keng.duty.RoundFixture;
import vn.keng.duty.RoundStep;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.registry.Registry;

/**
 * The files an operator deploys beside the service ({@code deploy/prometheus/alerts.yml}, the Grafana
 * dashboard) parse, and every metric they name is one the running service exports: a fire report
 * goes through the real pipeline first, so the alarm's metrics exist, then {@code /actuator/prometheus}
 * is scraped. {@code promtool check rules} runs too when Debian's {@code prometheus} package is installed.
 */
@AdminApiTest
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Pattern METRIC = Pattern.compile("\\bkeng_[a-z_]+");
    /**
     * Exported only where SMS Gateway for Android phones are configured (not in this test's context):
     * {@link AndroidGatewayTest} scrapes them by these names.
     */
    static final Set<String> GATEWAY_METRICS = Set.of("keng_sms_gateway_last_ping_age_seconds",
            "keng_sms_gateway_silent");

    @Autowired MockMvc mvc;
    @Autowired InboundMessages inbound;
    @Autowired Registry registry;
    @Autowired GongRounds rounds;
    @Autowired TransactionTemplate tx;

    @Test
    void everyAlertHasASummaryASeverityAndNamesOnlyMetricsTheServiceExports() throws Exception {
        Map<String, Object> file = new Yaml().load(Files.readString(DEPLOY.resolve("prometheus/alerts.yml")));
        List<String> expressions = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        for (Object group : (List<?>) file.get("groups")) {
            for (Object r : (List<?>) ((Map<?, ?>) group).get("rules")) {
                Map<?, ?> rule = (Map<?, ?>) r;
                alerts.add((String) rule.get("alert"));
                assertThat(rule.get("annotations").toString()).as("%s", rule.get("alert")).contains("summary=");
                assertThat(rule.get("labels").toString()).as("%s", rule.get("alert")).contains("severity=");
                expressions.add((String) rule.get("expr"));
            }
        }
        assertThat(alerts).contains("KengAlarmHandedOverLate", "KengAlarmWaiting", "KengProviderFailing",
                "KengRoundMissedPoints", "KengSmsGatewaySilent");

        assertThat(exported()).containsAll(metricsIn(expressions));
    }

    @Test
    void everyDashboardPanelQueriesMetricsTheServiceExports() throws Exception {
        JsonNode dashboard = JsonMapper.shared().readTree(DEPLOY.resolve("grafana/keng-overview.json").toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.get("title").asString()).isNotBlank();
            for (JsonNode target : panel.get("targets")) {
                expressions.add(target.get("expr").asString());
            }
        }
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(8);

        assertThat(exported()).containsAll(metricsIn(expressions));
    }

    @Test
    void promtoolAcceptsTheRules() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/promtool").canExecute(), "promtool is not installed");
        Process check = new ProcessBuilder("/usr/bin/promtool", "check", "rules",
                DEPLOY.resolve("prometheus/alerts.yml").toString()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(out).isZero();
    }

    /**
     * The metric families of a scrape taken after a round started and a fire report went out (in a
     * commune of its own, so the demo commune stays untouched) and the metrics refreshed.
     */
    private Set<String> exported() throws Exception {
        RoundFixture round = tx.execute(s -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        LocalDate tonight = LocalDate.now(round.zone); // the ladder skips steps after the night's close
        rounds.startRound(round.commune, tonight);
        rounds.escalate(round.commune, tonight, RoundStep.BACKUP);
        String reporter = tx.execute(s -> registry.person(round.resident).getPhone().e164());
        inbound.receive(new InboundMessage(ChannelType.SMS, "deploy-files-" + UUID.randomUUID(), reporter,
                null, "có cháy", null, null, null, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(scrape())
                .contains("keng_alarm_fanout_seconds_count", "keng_round_points{", "keng_round_escalations{",
                        "keng_inbound_handling_seconds_count"));
        Set<String> families = new TreeSet<>();
        for (String line : scrape().lines().toList()) {
            if (!line.startsWith("#") && line.startsWith("keng_")) {
                families.add(line.split("[{ ]", 2)[0]);
            }
        }
        return families;
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(admin())).andReturn().getResponse().getContentAsString();
    }

    private static Set<String> metricsIn(List<String> expressions) throws IOException {
        Set<String> names = new TreeSet<>();
        boolean gatewayNamed = false;
        for (String expression : expressions) {
            Matcher m = METRIC.matcher(expression);
            while (m.find()) {
                if (!GATEWAY_METRICS.contains(m.group())) {
                    names.add(m.group());
                } else {
                    gatewayNamed = true;
                }
            }
        }
        assertThat(names).isNotEmpty();
        assertThat(gatewayNamed).as("the SIM gateway's ping age is watched").isTrue();
        return names;
    }
}
