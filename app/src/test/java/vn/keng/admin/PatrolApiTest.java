package vn.keng.admin;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** Patrol rosters per village through the admin API, with problem responses for bad input. */
@AdminApiTest
class PatrolApiTest {

    @Autowired MockMvc mvc;

    private Object commune;
    private Object village;
    private Object leader;
    private Object backup;
    private String rosterUrl;

    @BeforeEach
    void aVillageWithTwoPeople() throws Exception {
        commune = id(mvc.perform(post("/api/v1/communes").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Xã Tuần " + UUID.randomUUID() + "\",\"provinceName\":\"Thanh Hóa\"}")));
        village = id(mvc.perform(post("/api/v1/communes/" + commune + "/villages").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Thôn 1\"}")));
        leader = person("Đội trưởng an ninh");
        backup = person("Đội phó an ninh");
        rosterUrl = "/api/v1/villages/" + village + "/patrol-roster";
    }

    @Test
    void aRosterIsSetReadSwappedAndRemoved() throws Exception {
        mvc.perform(get(rosterUrl).with(admin())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(rosterUrl).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rotation\":\"WEEKLY\",\"startDate\":\"2026-11-01\",\"leaderIds\":[" + leader
                                + "],\"backupId\":" + backup + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leaderIds[0]").value(leader));
        mvc.perform(get(rosterUrl).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.rotation").value("WEEKLY")).andExpect(jsonPath("$.backupId").value(backup));
        mvc.perform(put("/api/v1/villages/" + village + "/patrol-swaps/2026-12-24").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + backup + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.night").value("2026-12-24"));
        mvc.perform(get("/api/v1/communes/" + commune + "/patrols?date=2026-12-24").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(delete(rosterUrl).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get(rosterUrl).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAProblemAndTheRosterStays() throws Exception {
        mvc.perform(put(rosterUrl).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"leaderIds\":[" + leader + "]}")).andExpect(status().isOk());
        for (String body : new String[] {"{}", "{\"leaderIds\":[]}", "{\"leaderIds\":[null]}",
                "{\"leaderIds\":[" + leader + "," + leader + "]}"}) {
            mvc.perform(put(rosterUrl).with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        Object stranger = otherCommunePerson();
        mvc.perform(put(rosterUrl).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leaderIds\":[" + stranger + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("commune")));
        mvc.perform(put("/api/v1/villages/" + village + "/patrol-swaps/24-12-2026").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + backup + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("YYYY-MM-DD")));
        mvc.perform(put("/api/v1/villages/999999999/patrol-roster").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"leaderIds\":[" + leader + "]}")).andExpect(status().isNotFound());
        mvc.perform(get(rosterUrl).with(admin())).andExpect(jsonPath("$.leaderIds[0]").value(leader));
    }

    private Object person(String name) throws Exception {
        return id(mvc.perform(post("/api/v1/people").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"communeId\":" + commune + ",\"villageId\":" + village + ",\"name\":\"" + name
                        + "\",\"roles\":[\"RESIDENT\"]}")));
    }

    private Object otherCommunePerson() throws Exception {
        Object other = id(mvc.perform(post("/api/v1/communes").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Xã Khác " + UUID.randomUUID() + "\",\"provinceName\":\"Thanh Hóa\"}")));
        return id(mvc.perform(post("/api/v1/people").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"communeId\":" + other + ",\"name\":\"Người xã khác\",\"roles\":[\"RESIDENT\"]}")));
    }

    private static Object id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
