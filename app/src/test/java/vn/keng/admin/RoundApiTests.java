package vn.keng.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.KengApplication;
import vn.keng.duty.DutyTestSupport;
import vn.keng.duty.GongRounds;
import vn.keng.duty.MutableClock;
import vn.keng.duty.RoundFixture;
import vn.keng.duty.RoundRecords;
import vn.keng.duty.RoundStep;
import vn.keng.registry.Registry;

/** The rounds API over the real application (notices recorded, outbox rows written, no dispatcher). */
@SpringBootTest(classes = {KengApplication.class, DutyTestSupport.class}, properties = {"keng.admin.username=round-admin",
        "keng.admin.password=round-secret", "keng.messaging.dispatcher.enabled=false"})
@AutoConfigureMockMvc
class RoundApiTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 27);
    private static final RequestPostProcessor ADMIN = user("official").roles("ADMIN");

    @Autowired MockMvc mvc;
    @Autowired Registry registry;
    @Autowired GongRounds rounds;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired RoundRecords records;

    @Test
    void showsOneRecordPerGongPointOfTheNight() throws Exception {
        RoundFixture f = roundStarted();

        mvc.perform(get("/api/v1/communes/{id}/rounds", f.commune).param("date", "2026-11-27").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.gongPointId == %d)].status", f.pointA).value("PENDING"))
                .andExpect(jsonPath("$[?(@.gongPointId == %d)].striker.name", f.pointA).value("Ong Ba"))
                .andExpect(jsonPath("$[?(@.gongPointId == %d)].striker.phone", f.pointA)
                        .value(registry.person(f.striker).getPhone().e164()))
                .andExpect(jsonPath("$[?(@.gongPointId == %d)].remindedAt", f.pointA).value("2026-11-27T14:50:00Z"))
                .andExpect(jsonPath("$[?(@.gongPointId == %d)].village", f.pointA)
                        .value(registry.village(f.villageA).getName()));
    }

    @Test
    void anInvalidDateIsA400() throws Exception {
        RoundFixture f = roundStarted();
        mvc.perform(get("/api/v1/communes/{id}/rounds", f.commune).param("date", "27/11/2026").with(ADMIN))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/communes/{id}/rounds", f.commune).param("date", "2026-02-30").with(ADMIN))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOfficialExcusesAMissedNight() throws Exception {
        RoundFixture f = roundStarted();
        clock.set(f.at(NIGHT, "23:00"));
        rounds.run(f.commune, NIGHT, RoundStep.CLOSE);
        long duty = recordOf(f, f.pointA);

        mvc.perform(post("/api/v1/duties/{id}/excuse", duty).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"om nang\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXCUSED"))
                .andExpect(jsonPath("$.recordedStatus").value("MISSED"))
                .andExpect(jsonPath("$.annotations[0].author").value("official"));
        mvc.perform(post("/api/v1/duties/{id}/excuse", recordOf(f, f.pointB)).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aOneNightSwapPutsTheBackupOnDuty() throws Exception {
        RoundFixture f = roundStarted();

        mvc.perform(put("/api/v1/gong-points/{id}/swaps/{date}", f.pointA, "2026-11-27").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + f.backup + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value(f.backup));
        mvc.perform(get("/api/v1/communes/{id}/rounds", f.commune).param("date", "2026-11-27").with(ADMIN))
                .andExpect(jsonPath("$[?(@.gongPointId == %d)].onDuty.id", f.pointA).value((int) f.backup));
    }

    @Test
    void anInvalidGongTimeIsA400() throws Exception {
        RoundFixture f = roundStarted();
        mvc.perform(patch("/api/v1/communes/{id}", f.commune).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"gongTime\":\"25:00\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(patch("/api/v1/communes/{id}", f.commune).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"gongTime\":\"late\"}"))
                .andExpect(status().isBadRequest());
    }

    private RoundFixture roundStarted() {
        RoundFixture f = tx.execute(s -> new RoundFixture(registry, "Asia/Ho_Chi_Minh"));
        clock.set(f.at(NIGHT, "21:50"));
        rounds.run(f.commune, NIGHT, RoundStep.START);
        return f;
    }

    private long recordOf(RoundFixture f, long point) {
        return records.night(f.commune, NIGHT).stream().filter(e -> e.gongPointId() == point).findFirst()
                .orElseThrow().dutyId();
    }
}
