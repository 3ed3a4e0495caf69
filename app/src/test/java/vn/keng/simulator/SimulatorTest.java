package vn.keng.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.MessageLog;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;

/**
 * The simulator drives the real pipeline: a demo person sends text, the reply comes back on the
 * simulator channel. Beside no real provider (console SMS, Telegram off) it is open to anyone, but
 * phone numbers are masked for callers without credentials.
 */
@SpringBootTest(properties = {"keng.demo.enabled=true", "keng.simulator.enabled=true", "keng.admin.username=test-admin",
        "keng.admin.password=test-secret"})
@AutoConfigureMockMvc
class SimulatorTest {

    @Autowired MockMvc mvc;

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
        await().atMost(Duration.ofSeconds(10)).until(() -> log.forPerson(resident.getId(), 50).stream()
                .anyMatch(l -> l.direction().equals("in") && l.understood() != null));
        api.send(new SimulatorApi.Send(resident.getId(), "Đúng", null, null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> log.forPerson(resident.getId(), 50).stream()
                .filter(l -> l.direction().equals("in") && l.understood() != null).count() >= 2);
        assertThat(log.forPerson(resident.getId(), 50)).filteredOn(l -> l.direction().equals("in"))
                .extracting(MessageLog.Line::understood)
                .anySatisfy(u -> assertThat(u).startsWith("INTENT FIRE").contains("model"))
                .anySatisfy(u -> assertThat(u).startsWith("DIALOG")); // the reporter's next words add to the report
    }

    @Test
    void aPersonPlayedOnZaloIsAnsweredOnZaloWithNumberedOptions() {
        Person resident = people.findByPhone(PhoneNumber.parse("0913030900")).orElseThrow();
        var response = api.send(new SimulatorApi.Send(resident.getId(), "lúa cháy lá vì nắng", null, null, null, "ZALO"));
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> log.forPerson(resident.getId(), 50).stream()
                .anyMatch(l -> l.direction().equals("out") && l.channel() == ChannelType.ZALO && l.status().equals("SENT")
                        && l.text().contains("Trả lời 1=")));
        assertThat(log.forPerson(resident.getId(), 50)).anySatisfy(l -> {
            assertThat(l.direction()).isEqualTo("in");
            assertThat(l.channel()).isEqualTo(ChannelType.ZALO);
            assertThat(l.text()).isEqualTo("lúa cháy lá vì nắng");
        });
    }

    @Test
    void aReportArrivesWithItsChartPdfAndWorkbookToOpen() throws Exception {
        Person official = people.findByPhone(PhoneNumber.parse("0912000001")).orElseThrow();
        api.send(new SimulatorApi.Send(official.getId(), "BC 2026", null, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> log.forPerson(official.getId(), 50).stream()
                .anyMatch(l -> l.direction().equals("out") && l.attachments().size() == 3));
        MessageLog.Line report = log.forPerson(official.getId(), 50).stream()
                .filter(l -> l.direction().equals("out") && l.attachments().size() == 3).findFirst().orElseThrow();
        assertThat(report.attachments()).extracting(MessageLog.File::contentType).containsExactly("image/png",
                "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        mvc.perform(get("/simulator/api/conversation").param("personId", String.valueOf(official.getId())))
                .andExpect(jsonPath("$[?(@.id == " + report.id() + ")].attachments[1].fileName",
                        hasItem(org.hamcrest.Matchers.endsWith(".pdf"))));
        String base = "/simulator/api/messages/" + report.id() + "/attachments/";
        mvc.perform(get(base + 0)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/png"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
        byte[] pdf = mvc.perform(get(base + 1)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get(base + 2)).andExpect(status().isOk());
        mvc.perform(get(base + 3)).andExpect(status().isNotFound());
    }

    @Test
    void theOutboxNamesItsRecipients() throws Exception {
        Person official = people.findByPhone(PhoneNumber.parse("0912000001")).orElseThrow();
        api.send(new SimulatorApi.Send(official.getId(), "Trợ giúp", null, null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.outbox().stream()
                .anyMatch(r -> official.getId().equals(r.personId())));
        mvc.perform(get("/simulator/api/outbox")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.personId == " + official.getId() + ")].personName",
                        hasItem(official.getName())));
    }

    @Test
    void anUnknownPersonIsRefused() {
        var response = api.send(new SimulatorApi.Send(-1L, "hello", null, null, null));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).isInstanceOf(org.springframework.http.ProblemDetail.class);
    }

    @Test
    void thePeopleListShowsTheDemoCommune() {
        // called without credentials: the people are found by phone, their numbers are masked
        assertThat(api.people("0912000001")).extracting(SimulatorApi.PersonCard::phone).containsExactly("09******01");
        assertThat(api.people("+84 912 000 002")).extracting(SimulatorApi.PersonCard::name).singleElement()
                .asString().contains("Công an xã");
        assertThat(api.people("Công an")).extracting(SimulatorApi.PersonCard::phone).contains("09******02");
        assertThat(api.people(null)).isNotEmpty().hasSizeLessThanOrEqualTo(500);
    }

    @Test
    void openBesideNoRealProviderButPhoneNumbersOnlyWithCredentials() throws Exception {
        mvc.perform(get("/simulator/index.html")).andExpect(status().isOk());
        mvc.perform(get("/simulator/api/people")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].phone", everyItem(anyOf(nullValue(), matchesPattern("\\D*\\d{0,2}\\**\\d{0,2}")))));
        mvc.perform(get("/simulator/api/outbox")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].address", everyItem(matchesPattern("[^0-9]{0,2}[0-9a-z]{0,2}\\**[0-9a-z]{0,2}|.{0,4}"))));
        mvc.perform(get("/simulator/api/people").param("q", "0912000001").with(httpBasic("test-admin", "test-secret")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].phone", hasItem("0912000001")));
        mvc.perform(get("/simulator/api/people").param("q", "0912000001").accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].phone").value("09******01"));
    }
}
