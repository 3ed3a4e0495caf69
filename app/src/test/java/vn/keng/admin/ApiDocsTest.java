package vn.keng.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.test.web.servlet.MockMvc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import vn.keng.AdminApiTest;

/**
 * The OpenAPI document at /api/docs documents itself: it validates (swagger-parser), names the
 * service and its version, every operation has a summary and a description, /api/v1 asks for HTTP
 * Basic and lists its problem+json errors, the report's JSON is a typed schema.
 */
@AdminApiTest
class ApiDocsTest {

    @Autowired MockMvc mvc;
    @Autowired BuildProperties build;

    OpenAPI api;

    @BeforeEach
    void parse() throws Exception {
        String spec = mvc.perform(get("/api/docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(spec, null, options);
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        api = result.getOpenAPI();
        assertThat(api).isNotNull();
    }

    @Test
    void theDocumentNamesTheServiceItsVersionAndWhomToAsk() {
        assertThat(api.getInfo().getTitle()).isEqualTo("Kẻng admin API");
        assertThat(api.getInfo().getVersion()).isEqualTo(build.getVersion()).isNotEqualTo("v0");
        assertThat(api.getInfo().getDescription()).contains("HTTP Basic", "application/problem+json", "Q3-2026");
        assertThat(api.getInfo().getContact().getName()).isNotBlank();
    }

    @Test
    void everyOperationHasASummaryAndADescription() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, op) -> {
            if (op.getSummary() == null || op.getSummary().isBlank() || op.getDescription() == null
                    || op.getDescription().isBlank()) {
                missing.add(name);
            }
        });
        assertThat(operations()).hasSizeGreaterThan(30);
        assertThat(missing).as("operations without summary or description").isEmpty();
    }

    @Test
    void theAdminApiAsksForHttpBasicAndListsItsProblems() {
        SecurityScheme basic = api.getComponents().getSecuritySchemes().get("basicAuth");
        assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(basic.getScheme()).isEqualTo("basic");
        operations().forEach((name, op) -> {
            if (!name.contains(" /api/v1/")) {
                assertThat(op.getSecurity()).as(name).isNullOrEmpty();
                return;
            }
            assertThat(op.getSecurity()).as(name).anySatisfy(s -> assertThat(s).containsKey("basicAuth"));
            assertThat(problem(op, "401")).as(name + " 401").isNotNull();
            if (!name.startsWith("GET")) {
                assertThat(problem(op, "403")).as(name + " 403").isNotNull();
            }
            if (name.contains("{")) {
                assertThat(problem(op, "404")).as(name + " 404").isNotNull();
            }
            if (op.getParameters() != null && !op.getParameters().isEmpty() || op.getRequestBody() != null) {
                assertThat(problem(op, "400")).as(name + " 400").isNotNull();
            }
        });
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance");
    }

    @Test
    void theReportIsATypedSchemaOrAFileWithDocumentedParameters() {
        Operation report = api.getPaths().get("/api/v1/reports/communes/{id}").getGet();
        ApiResponse ok = report.getResponses().get("200");
        assertThat(ok.getContent().get("application/json").getSchema().get$ref()).endsWith("/ReportJson");
        assertThat(ok.getContent()).containsKeys("application/pdf", "image/png", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Parameter period = parameter(report, "period");
        assertThat(period.getDescription()).contains("2026", "11/2026", "Q3-2026", "movement-2026");
        assertThat(parameter(report, "format").getSchema().getEnum()).containsExactly("json", "pdf", "xlsx", "png", "csv");
        assertThat(parameter(report, "lang").getSchema().getEnum()).containsExactly("vi", "en");
        Schema<?> json = api.getComponents().getSchemas().get("ReportJson");
        assertThat(json.getProperties()).containsKeys("villages", "communes", "total", "period", "spread");
        assertThat(api.getComponents().getSchemas().get("RowJson").getProperties())
                .containsKeys("nights", "onTimeShare", "medianMinutesToComing", "previous");
        Parameter name = parameter(api.getPaths().get("/api/v1/reports/provinces").getGet(), "name");
        assertThat(name.getDescription()).contains("Thanh Hoa");
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/api/docs/ui")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/docs/swagger-ui/index.html")).andExpect(status().isOk());
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> all = new java.util.TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> all.put(method + " " + path, op)));
        return all;
    }

    private static Object problem(Operation op, String status) {
        ApiResponse response = op.getResponses().get(status);
        return response == null || response.getContent() == null ? null
                : response.getContent().get("application/problem+json");
    }

    private static Parameter parameter(Operation op, String name) {
        return op.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

}
