package vn.keng;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.keng.TestUsers.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What operators and API clients rely on besides the admin API itself. */
@AdminApiTest
class OperationsTest {

    @Autowired MockMvc mvc;

    @Test
    void prometheusMetricsAnswer() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("http_server_requests")));
    }

    @Test
    void theOpenApiDocumentIsServedAtApiDocs() throws Exception {
        mvc.perform(get("/api/v1/communes").with(admin())); // so the metric above has a request to count
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/communes'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/communes/{id}'].patch").exists());
    }
}
