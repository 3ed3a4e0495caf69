package vn.keng;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import vn.keng.incident.IncidentQueries;
import vn.keng.incident.IncidentView;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.messaging.OutboxEntry;
import vn.keng.messaging.OutboxQueries;
import vn.keng.messaging.OutboxStatus;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/**
 * A fire nobody answers, end to end: the SMS alarm through the real pipeline and outbox, the calling
 * sweep after {@code keng.voice.alarm-after}, the real Twilio SDK placing the call on a WireMock
 * Twilio, then Twilio's signed webhooks (the key pressed, how the call ended) back into the pipeline
 * and onto the incident's timeline. The context is closed after the class: its sweep would call the
 * recipients of other tests' incidents.
 */
@SpringBootTest(classes = KengApplication.class, properties = {"keng.demo.enabled=false",
        "keng.simulator.enabled=false", "keng.admin.username=voice-admin", "keng.admin.password=secret-1",
        "keng.voice.enabled=true", "keng.voice.from=" + VoiceCallsTest.FROM, "keng.voice.public-url=" + VoiceCallsTest.PUBLIC,
        "keng.voice.alarm-after=PT2S", "keng.voice.sweep=PT0.5S", "keng.voice.alarm-window=PT1M",
        "keng.incident.widen-after=PT1H", "keng.messaging.sweep-interval=PT0.2S",
        "keng.sms.twilio.account-sid=" + VoiceCallsTest.ACCOUNT, "keng.sms.twilio.auth-token=" + VoiceCallsTest.TOKEN})
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class VoiceCallsTest {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "voice-test-auth-token";
    static final String FROM = "+15005550009";
    static final String PUBLIC = "https://keng.example.org";
    static final String CALLS = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls.json";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void twilioApi(DynamicPropertyRegistry registry) {
        registry.add("keng.sms.twilio.api-url", twilio::baseUrl);
    }

    @Autowired MockMvc mvc;
    @Autowired TestPeople testPeople;
    @Autowired Registry registry;
    @Autowired TransactionTemplate tx;
    @Autowired InboundMessages inbound;
    @Autowired IncidentQueries incidents;
    @Autowired OutboxQueries outbox;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anUnansweredFireAlarmRingsAndTheKeyPressedAnswersIt() throws Exception {
        Commune commune = testPeople.commune();
        Village village = testPeople.village(commune);
        Person police = testPeople.person(village, Role.POLICE);
        Person[] group = tx.execute(t -> {
            var g = registry.createGroup(village.getId(), TestPeople.unique("Tổ"), null, null);
            var household = registry.createHousehold(village.getId(), null, "Xóm Đình", g.getId());
            Person member = registry.createPerson(commune.getId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                    EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
            Person reporter = registry.createPerson(commune.getId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                    EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
            return new Person[] {member, reporter};
        });
        Person member = group[0];
        Person reporter = group[1];
        String memberSid = callSid();
        String policeSid = callSid();
        stubCall(member, memberSid);
        stubCall(police, policeSid);

        inbound.receive(InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), reporter.getPhone().e164(),
                "BAO CHAY nha kho cuoi xom", Instant.now()));
        await().atMost(PATIENCE).until(() -> !incidents.reportedBy(reporter.getId()).isEmpty());
        IncidentView incident = incidents.reportedBy(reporter.getId()).get(0);

        // Nobody answers the SMS: after alarm-after both are called, the member's TwiML gathers one key.
        LoggedRequest call = awaitCall(member);
        awaitCall(police);
        String twiml = param(call, "Twiml");
        assertThat(param(call, "From")).isEqualTo(FROM);
        assertThat(param(call, "StatusCallback")).isEqualTo(PUBLIC + "/webhooks/voice/twilio/status");
        assertThat(twiml).contains("<Gather", "numDigits=\"1\"", "<Say language=\"vi-VN\"", "Kẻng báo động",
                "Bấm phím 1: Tôi đến ngay.", "Bấm phím 2: Không đến được.");
        String action = action(twiml);
        OutboxEntry memberCall = awaitCallRow(incident, member, memberSid);
        assertThat(memberCall.priority()).isEqualTo(vn.keng.messaging.Priority.ALARM);

        // A copy of the member's alarm still waiting for a retry: the first answer skips it.
        long waiting = waitingCopy(incident, member);

        // A forged gather is refused and changes nothing.
        Map<String, String> one = gather(memberSid, member, "1");
        assertThat(send(action, one, signature(action, one, "not-the-token")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where channel = 'VOICE' and "
                + "provider_message_id like ?", Integer.class, memberSid + "%")).isZero();

        // A key not offered: the question once more, then a polite end.
        Map<String, String> seven = gather(memberSid, member, "7");
        String repeat = body(send(action, seven, signature(action, seven, TOKEN)).andReturn());
        assertThat(repeat).contains("Phím 7 không có trong lựa chọn", "<Gather", "Kẻng báo động");
        String secondAction = action(repeat);
        assertThat(secondAction).contains("round=2");
        String end = body(send(secondAction, seven, signature(secondAction, seven, TOKEN)).andReturn());
        assertThat(end).contains("<Hangup/>").doesNotContain("<Gather");

        // The member presses 1: the same pipeline as an SMS "1".
        String thanks = body(send(action, one, signature(action, one, TOKEN)).andReturn());
        assertThat(thanks).contains("Kẻng đã ghi nhận", "<Hangup/>");
        await().atMost(PATIENCE).until(() -> reload(incident).comingCount() == 1);
        assertThat(reload(incident).timeline()).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo("ANSWER_COMING");
            assertThat(step.personId()).isEqualTo(member.getId());
            assertThat(step.channel()).isEqualTo(ChannelType.VOICE);
        });
        await().atMost(PATIENCE).until(() -> outbox.find(waiting).orElseThrow().status() == OutboxStatus.ANSWERED);

        // How the calls ended, from Twilio's signed status callbacks.
        Map<String, String> completed = status(memberSid, "completed");
        assertThat(send("/webhooks/voice/twilio/status", completed,
                signature("/webhooks/voice/twilio/status", completed, TOKEN)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        awaitCallRow(incident, police, policeSid);
        Map<String, String> noAnswer = status(policeSid, "no-answer");
        assertThat(send("/webhooks/voice/twilio/status", noAnswer,
                signature("/webhooks/voice/twilio/status", noAnswer, TOKEN)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        List<IncidentView.Step> timeline = reload(incident).timeline();
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo("CALL_COMPLETED");
            assertThat(step.personId()).isEqualTo(member.getId());
        });
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo("CALL_NO_ANSWER");
            assertThat(step.personId()).isEqualTo(police.getId());
        });
        assertThat(timeline).extracting(IncidentView.Step::kind).contains("CALLED", "CALL_QUEUED", "CALL_PLACED");
        assertThat(outbox.find(memberCall.id()).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);

        // Nobody is called twice for one incident.
        Thread.sleep(1500);
        assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(CALLS))
                .withRequestBody(containing("To=" + enc(member.getPhone().e164()))))).hasSize(1);
    }

    private void stubCall(Person person, String sid) {
        twilio.stubFor(post(urlPathEqualTo(CALLS)).withRequestBody(containing("To=" + enc(person.getPhone().e164())))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"" + sid + "\",\"account_sid\":\"" + ACCOUNT + "\",\"status\":\"queued\","
                                + "\"direction\":\"outbound-api\"}")));
    }

    private LoggedRequest awaitCall(Person person) {
        var pattern = postRequestedFor(urlPathEqualTo(CALLS)).withRequestBody(containing("To=" + enc(person.getPhone().e164())));
        await().atMost(PATIENCE).until(() -> !twilio.findAll(pattern).isEmpty());
        return twilio.findAll(pattern).get(0);
    }

    private OutboxEntry awaitCallRow(IncidentView incident, Person person, String sid) {
        await().atMost(PATIENCE).until(() -> callRow(incident, person).filter(r -> sid.equals(r.providerMessageId()))
                .isPresent());
        return callRow(incident, person).orElseThrow();
    }

    private Optional<OutboxEntry> callRow(IncidentView incident, Person person) {
        return outbox.byCorrelation(new vn.keng.messaging.Correlation("INCIDENT", incident.id())).stream()
                .filter(r -> r.channel() == ChannelType.VOICE && person.getId().equals(r.personId())).findFirst();
    }

    /** A copy of the alarm to the person that failed once and waits for its retry (as after a provider fault). */
    private long waitingCopy(IncidentView incident, Person person) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into outbound_message (channel, address, person_id, template, text, "
                    + "priority, correlation_kind, correlation_id, status, attempts, next_attempt_at, created_at) "
                    + "values ('SMS', ?, ?, 'incident.alarm', 'BAO DONG', 0, 'INCIDENT', ?, 'PENDING', 1, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, person.getPhone().e164());
            ps.setLong(2, person.getId());
            ps.setLong(3, incident.id());
            ps.setTimestamp(4, Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private IncidentView reload(IncidentView incident) {
        return incidents.detail(incident.id()).orElseThrow();
    }

    private static Map<String, String> gather(String sid, Person callee, String digits) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", sid);
        params.put("AccountSid", ACCOUNT);
        params.put("From", FROM);
        params.put("To", callee.getPhone().e164());
        params.put("Direction", "outbound-api");
        params.put("CallStatus", "in-progress");
        params.put("Digits", digits);
        return params;
    }

    private static Map<String, String> status(String sid, String callStatus) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", sid);
        params.put("AccountSid", ACCOUNT);
        params.put("CallStatus", callStatus);
        params.put("CallDuration", "12");
        return params;
    }

    /** The gather action of a TwiML document, as the path and query Twilio will call. */
    private static String action(String twiml) {
        Matcher m = Pattern.compile("action=\"([^\"]+)\"").matcher(twiml);
        assertThat(m.find()).as("a Gather action in " + twiml).isTrue();
        String url = m.group(1).replace("&amp;", "&");
        assertThat(url).startsWith(PUBLIC + "/webhooks/voice/twilio/gather?");
        return url.substring(PUBLIC.length());
    }

    private org.springframework.test.web.servlet.ResultActions send(String pathAndQuery, Map<String, String> params,
            String signature) throws Exception {
        String form = params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(pathAndQuery)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form).header("X-Twilio-Signature", signature));
    }

    /** Twilio's documented algorithm: HMAC-SHA1 of the full URL (query included) and the sorted POST pairs, Base64. */
    private static String signature(String pathAndQuery, Map<String, String> params, String token) throws Exception {
        StringBuilder data = new StringBuilder(PUBLIC + pathAndQuery);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String body(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String param(LoggedRequest request, String name) {
        for (String pair : request.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            if (URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(name)) {
                return kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            }
        }
        return null;
    }

    private static String callSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
