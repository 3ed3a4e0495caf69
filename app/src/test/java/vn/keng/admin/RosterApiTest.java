package vn.keng.admin;

import static org.hamcrest.Matchers.containsString;
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

/** A roster write must name a striker: an empty one would leave the village without a striker that night. */
@AdminApiTest
class RosterApiTest {

    @Autowired MockMvc mvc;

    private String rosterUrl;
    private Object striker;

    @BeforeEach
    void gongPointWithARoster() throws Exception {
        Object commune = id(mvc.perform(post("/api/v1/communes").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Xã Phiên " + UUID.randomUUID() + "\",\"provinceName\":\"Thanh Hóa\"}")));
        Object village = id(mvc.perform(post("/api/v1/communes/" + commune + "/villages").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Thôn 1\"}")));
        Object point = id(mvc.perform(post("/api/v1/villages/" + village + "/gong-points").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Nhà văn hóa\",\"main\":true}")));
        striker = id(mvc.perform(post("/api/v1/people").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"communeId\":" + commune + ",\"villageId\":" + village
                        + ",\"name\":\"Người đánh kẻng\",\"roles\":[\"STRIKER\"]}")));
        rosterUrl = "/api/v1/gong-points/" + point + "/roster";
        mvc.perform(put(rosterUrl).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rotation\":\"FIXED\",\"strikerIds\":[" + striker + "]}"))
                .andExpect(status().isOk());
    }

    @Test
    void aRosterWithoutAStrikerIs400AndTheRosterStays() throws Exception {
        for (String body : new String[] {"{}", "{\"strikerIds\":[]}", "{\"strikerIds\":null,\"rotation\":\"DAILY\"}",
                "{\"strikerIds\":[null]}"}) {
            mvc.perform(put(rosterUrl).with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("strikerIds")));
        }
        mvc.perform(get(rosterUrl).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.strikerIds[0]").value(striker));
    }

    private static Object id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
