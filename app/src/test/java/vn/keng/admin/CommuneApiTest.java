package vn.keng.admin;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.keng.AdminApiTest;

@AdminApiTest
class CommuneApiTest {

    @Autowired MockMvc mvc;

    private String communeUrl;

    @BeforeEach
    void commune() throws Exception {
        String body = mvc.perform(post("/api/v1/communes").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Xã Thử " + UUID.randomUUID() + "\",\"provinceName\":\"Thanh Hóa\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        communeUrl = "/api/v1/communes/" + JsonPath.read(body, "$.id");
    }

    @Test
    void communesListedWithTheContractFields() throws Exception {
        mvc.perform(get("/api/v1/communes").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Xã Đồng Thịnh")))
                .andExpect(jsonPath("$[*].id", everyItem(notNullValue())))
                .andExpect(jsonPath("$[*].timeZone", everyItem(notNullValue())))
                .andExpect(jsonPath("$[*].gongTime", everyItem(matchesPattern("\\d{2}:\\d{2}"))))
                .andExpect(jsonPath("$[*].reminderLead", everyItem(matchesPattern("PT.*"))));
        mvc.perform(get(communeUrl).with(admin()))
                .andExpect(jsonPath("$.timeZone").value("Asia/Ho_Chi_Minh"))
                .andExpect(jsonPath("$.gongTime").value("22:00"))
                .andExpect(jsonPath("$.reminderLead").value("PT10M"));
    }

    @Test
    void villagesOfTheDemoCommune() throws Exception {
        String list = mvc.perform(get("/api/v1/communes").with(admin())).andReturn().getResponse().getContentAsString();
        Object id = JsonPath.<java.util.List<Object>>read(list, "$[?(@.name == 'Xã Đồng Thịnh')].id").get(0);

        mvc.perform(get("/api/v1/communes/" + id + "/villages").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[*].id", everyItem(notNullValue())))
                .andExpect(jsonPath("$[*].name", hasItem("Thôn Đồng Tâm")));
    }

    @Test
    void gongTimeReminderLeadAndTimeZoneAreChanged() throws Exception {
        mvc.perform(patch(communeUrl).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gongTime\":\"21:30\",\"reminderLead\":\"PT15M\",\"timeZone\":\"Asia/Bangkok\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gongTime").value("21:30"))
                .andExpect(jsonPath("$.reminderLead").value("PT15M"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Bangkok"));
        mvc.perform(get(communeUrl).with(admin())).andExpect(jsonPath("$.gongTime").value("21:30"));
    }

    @Test
    void invalidValuesAre400WithAReasonAndNothingIsWritten() throws Exception {
        String[][] cases = {
                {"{\"gongTime\":\"25:00\"}", "gongTime"},
                {"{\"gongTime\":\"10pm\"}", "gongTime"},
                {"{\"reminderLead\":\"ten minutes\"}", "reminderLead"},
                {"{\"reminderLead\":\"PT13H\"}", "reminderLead"},
                {"{\"reminderLead\":\"-PT5M\"}", "reminderLead"},
                {"{\"timeZone\":\"Mars/Olympus\"}", "timeZone"},
                {"{\"gongTime\":\"21:00\",\"timeZone\":\"Nowhere\"}", "timeZone"}};
        for (String[] c : cases) {
            mvc.perform(patch(communeUrl).with(admin()).contentType(MediaType.APPLICATION_JSON).content(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.detail", containsString(c[1])));
        }
        mvc.perform(get(communeUrl).with(admin()))
                .andExpect(jsonPath("$.gongTime").value("22:00"))
                .andExpect(jsonPath("$.reminderLead").value("PT10M"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Ho_Chi_Minh"));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(patch(communeUrl).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"gongTime\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/communes").with(admin()).contentType(MediaType.APPLICATION_JSON).content("[1,2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownIdsAre404AndBadIdsAre400() throws Exception {
        mvc.perform(get("/api/v1/communes/987654321").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("987654321")));
        mvc.perform(get("/api/v1/communes/987654321/villages").with(admin())).andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/communes/987654321").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"gongTime\":\"21:00\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/villages/987654321/households").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/communes/abc").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
