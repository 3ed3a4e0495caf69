package vn.keng.incident;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import vn.keng.messaging.OutboundEnvelope;
import vn.keng.registry.Person;
import vn.keng.testing.FakeChannel;

/** What incident tests share: the fake channels and waiting for what they were asked to send. */
abstract class IncidentTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired FakeChannel fakeSms;
    @Autowired FakeChannel fakeTelegram;
    @Autowired IncidentScene scene;
    @Autowired IncidentQueries queries;

    /** Waits for an SMS to the person whose text contains the fragment, and returns it. */
    OutboundEnvelope awaitSms(Person person, String fragment) {
        return awaitOn(fakeSms, person.getPhone().e164(), fragment);
    }

    OutboundEnvelope awaitTelegram(Person person, String fragment) {
        return awaitOn(fakeTelegram, String.valueOf(person.getTelegramUserId()), fragment);
    }

    OutboundEnvelope awaitOn(FakeChannel channel, String address, String fragment) {
        await().atMost(PATIENCE).until(() -> channel.sentTo(address).stream().anyMatch(e -> e.text().contains(fragment)));
        return channel.sentTo(address).stream().filter(e -> e.text().contains(fragment)).reduce((a, b) -> b).orElseThrow();
    }

    List<OutboundEnvelope> smsTo(Person person) {
        return fakeSms.sentTo(person.getPhone().e164());
    }

    /** The person's latest reported incident, once it exists. */
    IncidentView awaitIncidentOf(Person reporter) {
        await().atMost(PATIENCE).until(() -> !queries.reportedBy(reporter.getId()).isEmpty());
        return queries.reportedBy(reporter.getId()).get(0);
    }

    IncidentView reload(IncidentView incident) {
        return queries.detail(incident.id()).orElseThrow();
    }
}
