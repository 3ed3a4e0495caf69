package vn.keng.admin;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.keng.AdminApiTest;

/** Notices through the admin API: a draft with its cost, sent once; bad input refused; the list keeps them. */
@AdminApiTest
class NoticeApiTest {

    @Autowired MockMvc mvc;

    private Object commune;
    private Object village;
    private Object emptyVillage;

    @BeforeEach
    void communeWithTwoResidents() throws Exception {
        commune = id(mvc.perform(post("/api/v1/communes").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Xã Tin " + UUID.randomUUID() + "\",\"provinceName\":\"Thanh Hóa\"}")));
        village = id(mvc.perform(post("/api/v1/communes/" + commune + "/villages").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Thôn Một\"}")));
        emptyVillage = id(mvc.perform(post("/api/v1/communes/" + commune + "/villages").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Thôn Hai\"}")));
        for (int i = 0; i < 2; i++) {
            String phone = "091" + (1_000_000 + (long) (Math.random() * 8_999_999)); // 091: a prefix in use (095 is not)
            id(mvc.perform(post("/api/v1/people").with(admin()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"communeId\":" + commune + ",\"villageId\":" + village + ",\"name\":\"Hộ thử " + i
                            + "\",\"phone\":\"" + phone + "\",\"roles\":[\"RESIDENT\"]}")));
        }
    }

    @Test
    void aDraftTellsItsCostAndIsSentOnceThenListed() throws Exception {
        Object notice = JsonPath.read(mvc.perform(post("/api/v1/notices").with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeId\":" + commune + ",\"villageIds\":[" + village
                                + "],\"text\":\"Họp dân 19:30 tối nay\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.recipients").value(2))
                .andExpect(jsonPath("$.smsCost").value(2))
                .andExpect(jsonPath("$.audience").value("Thôn Một"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/notices/" + notice + "/send").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.queued").value(2));
        mvc.perform(post("/api/v1/notices/" + notice + "/send").with(admin())).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/notices/" + notice + "/cancel").with(admin())).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/notices").param("communeId", String.valueOf(commune)).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(notice))
                .andExpect(jsonPath("$[0].senderName", containsString("UBND Xã Tin")));
    }

    @Test
    void tooLongOrToNobodyIsRefused() throws Exception {
        mvc.perform(post("/api/v1/notices").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeId\":" + commune + ",\"text\":\"" + "a".repeat(5000) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("at most 300")));
        mvc.perform(post("/api/v1/notices").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeId\":" + commune + ",\"villageIds\":[" + emptyVillage + "],\"text\":\"họp\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Nobody in Thôn Hai")));
        mvc.perform(get("/api/v1/notices").param("communeId", String.valueOf(commune)).with(admin()))
                .andExpect(jsonPath("$.length()").value(0));
    }

    private static Object id(ResultActions result) throws Exception {
        return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
