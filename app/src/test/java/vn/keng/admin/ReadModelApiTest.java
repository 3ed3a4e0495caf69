package vn.keng.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;
import static vn.keng.TestUsers.viewer;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.keng.AdminApiTest;
import vn.keng.registry.Commune;
import vn.keng.registry.Registry;
import vn.keng.registry.Village;

/** The read model's rebuild: a commune's records written without events reach its report; admins only. */
@AdminApiTest
class ReadModelApiTest {

    @Autowired MockMvc mvc;
    @Autowired Registry registry;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRebuildBringsRecordsWrittenWithoutEventsIntoTheReport() throws Exception {
        Commune commune = registry.createCommune("Xã Dựng Lại " + System.nanoTime(), "Tỉnh Thử");
        Village village = registry.createVillage(commune.getId(), "Thôn Một", null, null);
        long gong = registry.createGongPoint(village.getId(), "Kẻng", true, null, null).getId();
        Instant at = Instant.parse("2026-03-01T14:00:00Z");
        jdbc.update("insert into nightly_duty (commune_id, village_id, gong_point_id, night, gong_at, deadline_at, status) "
                + "values (?, ?, ?, ?, ?, ?, 'MISSED')", commune.getId(), village.getId(), gong,
                Date.valueOf(LocalDate.of(2026, 3, 1)), Timestamp.from(at), Timestamp.from(at.plusSeconds(900)));
        String report = "/api/v1/reports/communes/" + commune.getId();
        mvc.perform(get(report).param("period", "2026").with(admin())).andExpect(jsonPath("$.total.nights").value(0));

        mvc.perform(post("/api/v1/reports/read-model/rebuild").param("commune", String.valueOf(commune.getId()))
                .with(admin())).andExpect(status().isOk()).andExpect(jsonPath("$.communes").value(1))
                .andExpect(jsonPath("$.nights").value(1)).andExpect(jsonPath("$.incidents").value(0));

        mvc.perform(get(report).param("period", "2026").with(admin())).andExpect(jsonPath("$.total.nights").value(1))
                .andExpect(jsonPath("$.total.missed").value(1));
    }

    @Test
    void onlyAnAdminRebuildsAndAnUnknownCommuneIs404() throws Exception {
        mvc.perform(post("/api/v1/reports/read-model/rebuild")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/reports/read-model/rebuild").with(viewer())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports/read-model/rebuild").param("commune", "987654321").with(admin()))
                .andExpect(status().isNotFound());
    }
}
