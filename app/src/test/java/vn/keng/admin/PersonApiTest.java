package vn.keng.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.keng.AdminApiTest;

@AdminApiTest
class PersonApiTest {

    /** The demo striker of household 2 in the first village (see DemoData.phone). */
    private static final String STRIKER = "0913010200";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {STRIKER, "+84913010200", "84913010200", "+84 913 010 200", "0913.010.200"})
    void aPersonIsFoundByPhoneInAnyForm(String phone) throws Exception {
        mvc.perform(get("/api/v1/people").param("phone", phone).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").isNumber())
                .andExpect(jsonPath("$[0].name").isString())
                .andExpect(jsonPath("$[0].phone").value("+84913010200"))
                .andExpect(jsonPath("$[0].roles", hasItem("STRIKER")))
                .andExpect(jsonPath("$[0].villageId").isNumber())
                .andExpect(jsonPath("$[0].householdId").isNumber())
                .andExpect(jsonPath("$[0].groupId").isNumber());
    }

    @Test
    void anUnknownPhoneFindsNobody() throws Exception {
        mvc.perform(get("/api/v1/people").param("phone", "0399999991").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void peopleOfAVillageCarryTheirGroupOrNull() throws Exception {
        // The demo's last village has the one household left out of every group.
        String found = mvc.perform(get("/api/v1/people").param("phone", "0913071200").with(admin()))
                .andReturn().getResponse().getContentAsString();
        Object villageId = JsonPath.read(found, "$[0].villageId");

        mvc.perform(get("/api/v1/people").param("villageId", villageId.toString()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(12)))
                .andExpect(jsonPath("$[*].villageId", everyItem(org.hamcrest.Matchers.is(villageId))))
                .andExpect(jsonPath("$[*].phone", everyItem(notNullValue())))
                .andExpect(jsonPath("$[?(@.groupId == null)]", hasSize(1)));
    }

    @Test
    void anInvalidPhoneIs400AndNothingIsWritten() throws Exception {
        mvc.perform(get("/api/v1/people").param("phone", "not-a-phone").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("not-a-phone")));
        Long communeId = jdbc.queryForObject("select min(id) from commune", Long.class);
        long before = jdbc.queryForObject("select count(*) from person where commune_id = ?", Long.class, communeId);

        mvc.perform(post("/api/v1/people").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeId\":" + communeId + ",\"name\":\"Nguyễn Văn Sai\",\"phone\":\"0912 34\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/people").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeId\":" + communeId + ",\"name\":\"Nguyễn Văn Sai\",\"roles\":[\"KING\"]}"))
                .andExpect(status().isBadRequest());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from person where commune_id = ?", Long.class, communeId))
                .isEqualTo(before);
    }

    @Test
    void aTakenPhoneIs409() throws Exception {
        Long communeId = jdbc.queryForObject("select min(id) from commune", Long.class);

        mvc.perform(post("/api/v1/people").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeId\":" + communeId + ",\"name\":\"Trùng Số\",\"phone\":\"+84 913 010 200\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownPersonIs404() throws Exception {
        mvc.perform(get("/api/v1/people/987654321").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void anOfficialGetsATelegramInviteCodeForAPerson() throws Exception {
        String found = mvc.perform(get("/api/v1/people").param("phone", STRIKER).with(admin()))
                .andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(found, "$[0].id");
        mvc.perform(post("/api/v1/people/{id}/telegram-invite", id).with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").isString())
                .andExpect(jsonPath("$.startCommand", containsString("/start ")))
                .andExpect(jsonPath("$.expiresAt", notNullValue()));
        mvc.perform(post("/api/v1/people/{id}/telegram-invite", id).param("validity", "P365D").with(admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/people/{id}/telegram-invite", -1).with(admin())).andExpect(status().isNotFound());
    }
}
