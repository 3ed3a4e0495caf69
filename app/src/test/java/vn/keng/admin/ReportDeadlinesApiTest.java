package vn.keng.admin;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.keng.AdminApiTest;

/** The reporting calendar's deadlines per commune: defaults 20/11 and 30/11, changed as dd/MM, the villages' first. */
@AdminApiTest
class ReportDeadlinesApiTest {

    @Autowired MockMvc mvc;

    @Test
    void deadlinesDefaultToTheTwentiethAndThirtiethOfNovemberAndChangeAsTyped() throws Exception {
        String body = mvc.perform(post("/api/v1/communes").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Xã Hạn " + UUID.randomUUID() + "\",\"provinceName\":\"Thanh Hóa\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.villageReportDeadline").value("20/11"))
                .andExpect(jsonPath("$.communeReportDeadline").value("30/11")).andReturn().getResponse()
                .getContentAsString();
        String url = "/api/v1/communes/" + JsonPath.read(body, "$.id");

        mvc.perform(patch(url).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"villageReportDeadline\":\"5/12\",\"communeReportDeadline\":\"--12-15\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.villageReportDeadline").value("05/12"))
                .andExpect(jsonPath("$.communeReportDeadline").value("15/12"));

        for (String bad : new String[] {"{\"villageReportDeadline\":\"31/02\"}", "{\"villageReportDeadline\":\"20-11-2026\"}",
                "{\"villageReportDeadline\":\"20/12\"}", "{\"communeReportDeadline\":\"01/12\"}"}) {
            mvc.perform(patch(url).with(admin()).contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("eadline")));
        }
        mvc.perform(patch(url).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(jsonPath("$.villageReportDeadline").value("05/12"));
    }
}
