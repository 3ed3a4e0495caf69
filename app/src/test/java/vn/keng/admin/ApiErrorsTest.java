package vn.keng.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;
import static vn.keng.TestUsers.viewer;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.keng.AdminApiTest;

/** Every error in one shape, application/problem+json: the security layer's 401 and 403, unknown paths. */
@AdminApiTest
class ApiErrorsTest {

    @Autowired MockMvc mvc;

    @Test
    void withoutCredentialsA401ProblemThatStillAsksForTheLogin() throws Exception {
        problem(mvc.perform(get("/api/v1/communes")), 401, "Unauthorized")
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic realm=")))
                .andExpect(jsonPath("$.instance").value("/api/v1/communes"));
        problem(mvc.perform(get("/api/v1/communes").with(httpBasic(vn.keng.TestUsers.ADMIN, "wrong"))), 401,
                "Unauthorized");
        problem(mvc.perform(get("/actuator/prometheus")), 401, "Unauthorized");
    }

    @Test
    void aViewerWhoWritesGetsA403Problem() throws Exception {
        problem(mvc.perform(post("/api/v1/communes").with(viewer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Xã Không Được\",\"provinceName\":\"Thanh Hóa\"}")), 403, "Forbidden")
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("viewer")));
    }

    @Test
    void unknownPathsAre404Problems() throws Exception {
        problem(mvc.perform(get("/no/such/page")), 404, "Not Found");
        problem(mvc.perform(post("/no/such/page").contentType(MediaType.APPLICATION_JSON).content("{}")), 404,
                "Not Found");
        problem(mvc.perform(get("/api/v1/no-such-thing").with(admin())), 404, "Not Found");
        problem(mvc.perform(get("/index.html")), 404, "Not Found"); // no static files outside the simulator
    }

    @Test
    void aMethodThePathDoesNotTakeIsA405Problem() throws Exception {
        problem(mvc.perform(delete("/api/v1/communes").with(admin())), 405, "Method Not Allowed");
    }

    @Test
    void theControllersErrorsKeepTheirShape() throws Exception {
        problem(mvc.perform(get("/api/v1/communes/-7").with(admin())), 404, "Not found");
        problem(mvc.perform(get("/api/v1/communes/seven").with(admin())), 400, "Bad Request");
    }

    private static ResultActions problem(ResultActions result, int status, String title) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title));
    }
}
