package vn.keng.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;
import static vn.keng.TestUsers.viewer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.keng.AdminApiTest;

@AdminApiTest
class AdminSecurityTest {

    @Autowired MockMvc mvc;

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/communes")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/people").param("phone", "0913010200")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/communes").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongPasswordIs401AndTheDemoPasswordDoesNotWorkOnceCredentialsAreSet() throws Exception {
        mvc.perform(get("/api/v1/communes").with(httpBasic(vn.keng.TestUsers.ADMIN, "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/communes").with(httpBasic("admin", "keng-demo"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        mvc.perform(get("/api/v1/communes").with(viewer())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/communes").with(viewer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Xã Không Được\",\"provinceName\":\"Thanh Hóa\"}")).andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/communes/1").with(viewer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"gongTime\":\"20:00\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/villages/1/import").with(viewer()).contentType("text/csv").content("name,address\n"))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsOpenButItsDetailsNeedCredentials() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
        mvc.perform(get("/actuator/health").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").exists())
                .andExpect(jsonPath("$.components.redis.status").value("UP"))
                .andExpect(jsonPath("$.components.redis.details.ping").value("PONG"));
    }
}
