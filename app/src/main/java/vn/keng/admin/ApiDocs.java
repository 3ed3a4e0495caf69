package vn.keng.admin;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at {@code /api/docs} (Swagger UI at {@code /api/docs/ui}): the service, its
 * version, HTTP Basic on {@code /api/v1/**}, the problem+json answers each operation can give, and
 * the parameters every report takes. Summaries and descriptions sit on the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "application/problem+json";
    static final String PERIODS = "The period: `2026` (a year), `11/2026` (a month), `Q3-2026` (a quarter), "
            + "`movement-2026` (the movement year 15/11/2025 - 14/11/2026); empty: this year so far.";

    private static final String DESCRIPTION = """
            The admin API of Kẻng: the registry of a commune (villages, gong points and their rosters, \
            households, people, fire-safety groups), the nightly gong rounds, incidents and summary reports.

            **Login.** Everything under `/api/v1` needs HTTP Basic: the administrator reads and writes, the \
            optional viewer only reads (403 on a write). Use the Authorize button.

            **Errors** are RFC 9457 `application/problem+json` (`type`, `title`, `status`, `detail`, \
            `instance`): 400 for bad input (with `errors` per row for a CSV import, `candidates` for a name \
            that fits several places), 401, 403, 404 for unknown ids or paths, 409 for conflicts.

            **Names** (province, commune, village) are found as people type them: without diacritics, in \
            any case, with or without "Tỉnh", "Xã", "Thôn".

            **Periods** of reports: `2026`, `11/2026`, `Q3-2026`, `movement-2026`.""";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Bad input: a malformed body, an invalid phone, time, duration, period or format; a name that fits several places (see `candidates`)",
            "401", "No login, or a wrong one (HTTP Basic)",
            "403", "The viewer may only read",
            "404", "No such id, name or path",
            "409", "Conflicts with existing data (a phone already registered, a name already used)");

    @Bean
    OpenAPI kengOpenApi(ObjectProvider<BuildProperties> build, ApiDocsSettings settings) {
        BuildProperties properties = build.getIfAvailable();
        Contact contact = new Contact().name(settings.contactName()).email(blankToNull(settings.contactEmail()))
                .url(blankToNull(settings.contactUrl()));
        return new OpenAPI()
                .info(new Info().title("Kẻng admin API").version(properties == null ? "development" : properties.getVersion())
                        .description(DESCRIPTION).contact(contact))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The administrator (reads and writes) or the viewer (reads)")));
    }

    /** HTTP Basic and the problem answers on every /api/v1 operation; the report parameters' formats. */
    @Bean
    OpenApiCustomizer kengOperations() {
        return api -> {
            api.getComponents().addSchemas("Problem", problemSchema()); // here: springdoc rebuilds the schemas
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, op) -> documentOperation(path, method, op)));
        };
    }

    private static void documentOperation(String path, PathItem.HttpMethod method, Operation op) {
        document(op.getParameters());
        if (path.startsWith("/api/v1/")) {
            op.addSecurityItem(new SecurityRequirement().addList(BASIC));
            addProblem(op, "401");
            if (method != PathItem.HttpMethod.GET) {
                addProblem(op, "403");
            }
            if (path.contains("{")) {
                addProblem(op, "404");
            }
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.PATCH) {
                addProblem(op, "409");
            }
        }
        if ((op.getParameters() != null && !op.getParameters().isEmpty()) || op.getRequestBody() != null) {
            addProblem(op, "400");
        }
    }

    private static void document(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter p : parameters) {
            switch (p.getName()) {
                case "period" -> p.description(PERIODS).example("2026");
                case "format" -> p.description("json (the figures), pdf (the signed report), xlsx (a sheet per "
                        + "section), png (the chart) or csv (a row per village)")
                        .schema(new StringSchema()._enum(List.of("json", "pdf", "xlsx", "png", "csv"))._default("json"));
                case "lang" -> p.description("The labels' language: vi (Vietnamese) or en (English)")
                        .schema(new StringSchema()._enum(List.of("vi", "en"))._default("vi"));
                default -> {
                }
            }
        }
    }

    private static void addProblem(Operation op, String status) {
        if (op.getResponses() == null) {
            op.setResponses(new ApiResponses());
        }
        op.getResponses().computeIfAbsent(status, s -> new ApiResponse().description(ERRORS.get(s))
                .content(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("period must be 2026, 11/2026, Q3-2026 or movement-2026"))
                .addProperty("instance", new StringSchema().example("/api/v1/reports/communes/1"))
                .addProperty("errors", new Schema<>().type("array").description("a CSV import's bad rows (line, reason)")
                        .items(new ObjectSchema()))
                .addProperty("candidates", new Schema<>().type("array")
                        .description("the places a name might mean (id, name, within)").items(new ObjectSchema()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
