package vn.keng.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.MessageLog;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;

/** The simulator drives the real pipeline: a demo person sends text, the reply comes back on the simulator channel. */
@SpringBootTest(properties = {"keng.demo.enabled=true", "keng.simulator.enabled=true", "keng.admin.username=test-admin",
        "keng.admin.password=test-secret"})
class SimulatorTest {

    @Autowired SimulatorApi api;
    @Autowired People people;
    @Autowired MessageLog log;

    @Test
    void aDemoPersonAsksForHelpAndSeesTheAnswer() {
        Person official = people.findByPhone(PhoneNumber.parse("0912000001")).orElseThrow();
        var response = api.send(new SimulatorApi.Send(official.getId(), "Trợ giúp", null, null, null));
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> log.forPerson(official.getId(), 50).stream()
                .anyMatch(l -> l.direction().equals("out") && l.channel() == ChannelType.SIMULATOR
                        && l.status().equals("SENT") && l.text().contains("BC 2026")));
    }

    @Test
    void eachMessageShowsHowItWasUnderstood() {
        Person resident = people.findByPhone(PhoneNumber.parse("0913020700")).orElseThrow();
        api.send(new SimulatorApi.Send(resident.getId(), "có cháy ở nhà bác Tư", null, null, null));
        api.send(new SimulatorApi.Send(resident.getId(), "Đúng", null, null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> log.forPerson(resident.getId(), 50).stream()
                .filter(l -> l.direction().equals("in") && l.understood() != null).count() >= 2);
        assertThat(log.forPerson(resident.getId(), 50)).filteredOn(l -> l.direction().equals("in"))
                .extracting(MessageLog.Line::understood)
                .anySatisfy(u -> assertThat(u).startsWith("INTENT FIRE").contains("model"))
                .anySatisfy(u -> assertThat(u).startsWith("DIALOG")); // the reporter's next words add to the report
    }

    @Test
    void anUnknownPersonIsRefused() {
        var response = api.send(new SimulatorApi.Send(-1L, "hello", null, null, null));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).isInstanceOf(Map.class);
    }

    @Test
    void thePeopleListShowsTheDemoCommune() {
        assertThat(api.people("0912000001")).extracting(SimulatorApi.PersonCard::phone).containsExactly("0912000001");
        assertThat(api.people("+84 912 000 002")).extracting(SimulatorApi.PersonCard::name).singleElement()
                .asString().contains("Công an xã");
        assertThat(api.people("Công an")).extracting(SimulatorApi.PersonCard::phone).contains("0912000002");
        assertThat(api.people(null)).isNotEmpty().hasSizeLessThanOrEqualTo(500);
    }
}
