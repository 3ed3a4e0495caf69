package vn.keng.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.keng.ZaloTestApplication;
import vn.keng.registry.ChatLinks;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.testing.TestPeople;

/**
 * Long polling against the fake: the webhook is deleted first, an update from getUpdates reaches the
 * core and is answered, a failing getUpdates (500, then an unreadable answer) is backed off and polling
 * goes on. Its own context, closed after the class; the webhook context of this JVM may be alive beside it
 * (its dispatcher may send this one's rows), so the answer is checked in the outbox.
 */
@SpringBootTest(classes = ZaloTestApplication.class, properties = {
        "keng.demo.enabled=false",
        "keng.zalo.mode=polling",
        "keng.zalo.token=" + FakeZaloApi.TOKEN,
        "keng.zalo.poll-timeout=1s",
        "keng.zalo.read-timeout=2s",
        "keng.zalo.rate-per-chat-per-second=50",
        "keng.messaging.sweep-interval=PT0.2S"})
@Import(ZaloContext.Channels.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ZaloPollingTest {

    static final FakeZaloApi api = new FakeZaloApi().start();

    @Autowired TestPeople people;
    @Autowired ChatLinks links;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry registry) {
        registry.add("keng.zalo.api-url", api::url);
    }

    @AfterAll
    static void stop() {
        api.server().stop();
    }

    @Test
    void updatesArePolledHandedToTheCoreAndPollingSurvivesZalosFaults() {
        Person person = people.person(people.village(people.commune()), Role.RESIDENT);
        String user = FakeZaloApi.newId();
        links.link("ZALO", user, person.getId());
        String messageId = FakeZaloApi.newId();
        api.server().stubFor(api.method("getUpdates").inScenario("poll").whenScenarioStateIs(STARTED)
                .willReturn(FakeZaloApi.error(500, 500, "Internal error")).willSetStateTo("unreadable"));
        api.server().stubFor(api.method("getUpdates").inScenario("poll").whenScenarioStateIs("unreadable")
                .willReturn(okJson("not json")).willSetStateTo("update"));
        api.server().stubFor(api.method("getUpdates").inScenario("poll").whenScenarioStateIs("update")
                .willReturn(okJson("{\"ok\":true,\"result\":" + Updates.text(messageId, user, "trợ giúp") + "}"))
                .willSetStateTo("again"));
        api.server().stubFor(api.method("getUpdates").inScenario("poll").whenScenarioStateIs("again")
                .willReturn(okJson("{\"ok\":true,\"result\":" + Updates.text(messageId, user, "trợ giúp") + "}"))
                .willSetStateTo("quiet"));
        api.server().stubFor(api.method("getUpdates").inScenario("poll").whenScenarioStateIs("quiet")
                .willReturn(FakeZaloApi.noUpdates()));

        // The answer is queued for the Zalo chat (whichever context's dispatcher of this JVM sends it).
        String help = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
                "select text from outbound_message where channel = 'ZALO' and address = ?", String.class, user),
                texts -> !texts.isEmpty()).get(0);

        assertThat(help).contains(person.getName());
        assertThat(api.calls("deleteWebhook")).isNotEmpty();
        assertThat(api.calls("setWebhook")).isEmpty();
        assertThat(api.calls("getUpdates").get(0).getBodyAsString()).contains("\"timeout\":\"1\"");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api.calls("getUpdates").size() >= 6);
        assertThat(jdbc.queryForObject("select count(*) from inbound_message where channel = 'ZALO' and "
                + "provider_message_id = ?", Long.class, messageId)).as("delivered twice, handled once").isOne();
        assertThat(jdbc.queryForObject("select count(*) from outbound_message where channel = 'ZALO' and address = ?",
                Long.class, user)).isOne();
    }
}
