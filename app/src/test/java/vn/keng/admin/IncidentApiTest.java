package vn.keng.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.KengApplication;
import vn.keng.incident.IncidentQueries;
import vn.keng.incident.IncidentView;
import vn.keng.messaging.ChannelType;
import vn.keng.messaging.InboundMessage;
import vn.keng.messaging.InboundMessages;
import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Village;
import vn.keng.testing.TestPeople;

/** The incident API over HTTP, on an incident reported through the real pipeline. */
@SpringBootTest(classes = KengApplication.class, properties = {"keng.demo.enabled=false",
        "keng.simulator.enabled=false", "keng.admin.username=incident-admin", "keng.admin.password=secret-1"})
@AutoConfigureMockMvc
class IncidentApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestPeople testPeople;
    @Autowired Registry registry;
    @Autowired TransactionTemplate tx;
    @Autowired InboundMessages inbound;
    @Autowired IncidentQueries incidents;

    Commune commune;
    IncidentView incident;

    @BeforeEach
    void reportAFire() {
        commune = testPeople.commune();
        Village village = testPeople.village(commune);
        testPeople.person(village, Role.POLICE);
        Person reporter = tx.execute(t -> {
            var group = registry.createGroup(village.getId(), TestPeople.unique("Tổ"), null, null);
            var household = registry.createHousehold(village.getId(), null, "Xóm Đình", group.getId());
            registry.createPerson(commune.getId(), TestPeople.unique("Người"), TestPeople.newPhone(),
                    EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
            return registry.createPerson(commune.getId(), "Trần Thị \"Mai\"", TestPeople.newPhone(),
                    EnumSet.of(Role.RESIDENT), village.getId(), household.getId(), Language.VI);
        });
        inbound.receive(InboundMessage.text(ChannelType.SMS, "SM" + UUID.randomUUID(), reporter.getPhone().e164(),
                "BAO CHAY =nha kho, cuoi xom", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> !incidents.byCommune(commune.getId()).isEmpty());
        incident = incidents.byCommune(commune.getId()).get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> incidents.detail(incident.id()).orElseThrow().timeline()
                .stream().anyMatch(step -> step.kind().equals("ALARM_SENT")));
    }

    MockHttpServletRequestBuilder authed(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("incident-admin:secret-1".getBytes()));
            return r;
        });
    }

    @Test
    void listsTheCommunesIncidentsWithTheirCounts() throws Exception {
        mvc.perform(authed(get("/api/v1/incidents").param("communeId", commune.getId().toString())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(incident.id()))
                .andExpect(jsonPath("$[0].kind").value("FIRE"))
                .andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].reportedAt").isString())
                .andExpect(jsonPath("$[0].reporters[0].name").value("Trần Thị \"Mai\""))
                .andExpect(jsonPath("$[0].alertedCount").value(2))
                .andExpect(jsonPath("$[0].comingCount").value(0))
                .andExpect(jsonPath("$[0].place").value("=nha kho, cuoi xom"));
    }

    @Test
    void oneIncidentCarriesItsTimeline() throws Exception {
        mvc.perform(authed(get("/api/v1/incidents/" + incident.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[0].kind").value("REPORTED"))
                .andExpect(jsonPath("$.timeline[?(@.kind == 'ALARM_QUEUED')]").isNotEmpty())
                .andExpect(jsonPath("$.timeline[?(@.kind == 'ALARM_SENT')]").isNotEmpty());
        mvc.perform(authed(get("/api/v1/incidents/987654321"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents/" + incident.id())).andExpect(status().isUnauthorized());
    }

    @Test
    void exportsCsvWithQuotedCellsAndNoFormulas() throws Exception {
        String csv = mvc.perform(authed(get("/api/v1/incidents/export.csv").param("communeId",
                        commune.getId().toString())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("id,kind,status,reported_at").contains(incident.id() + ",FIRE,OPEN,")
                .contains("\"'=nha kho, cuoi xom\"").contains("\"Trần Thị \"\"Mai\"\"\"");
    }
}
