package vn.keng.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.incident.IncidentQueries;
import vn.keng.incident.IncidentView;
import vn.keng.platform.NotFoundException;
import vn.keng.platform.SafeCsv;
import vn.keng.registry.Registry;

/**
 * Incidents of a commune, one incident with its timeline (reported, alarms queued, sent and
 * delivered, answers, gong requested, widened, closed), and a CSV export.
 */
@Tag(name = "Incidents", description = "Incidents reported by residents, with their timelines")
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApi {

    private static final List<String> HEADER = List.of("id", "kind", "status", "reported_at", "village", "place",
            "reporters", "alerted", "coming", "widened_at", "closed_at");

    private final IncidentQueries incidents;
    private final Registry registry;

    IncidentApi(IncidentQueries incidents, Registry registry) {
        this.incidents = incidents;
        this.registry = registry;
    }

    @Operation(summary = "List a commune's incidents",
            description = "Incidents reported in the commune, newest first, with their reporters and how many people were alerted and are coming.")
    @GetMapping
    List<IncidentView> list(@RequestParam Long communeId) {
        registry.commune(communeId);
        return incidents.byCommune(communeId);
    }

    @Operation(summary = "Get an incident with its timeline",
            description = "Reported, alarms queued, sent and delivered, answers, gong requested, calls, widened and closed, in order.")
    @GetMapping("/{id}")
    IncidentView get(@PathVariable Long id) {
        return incidents.detail(id).orElseThrow(() -> new NotFoundException("Incident", id));
    }

    @Operation(summary = "Export a commune's incidents as CSV",
            description = "One row per incident, UTF-8 with a byte-order mark so spreadsheets read the diacritics; a cell that starts like a formula is neutralised.")
    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<String> export(@RequestParam Long communeId) {
        registry.commune(communeId);
        List<List<?>> rows = new ArrayList<>();
        for (IncidentView i : incidents.byCommune(communeId)) {
            String reporters = i.reporters().stream()
                    .map(r -> r.name() != null ? r.name() : r.address()).collect(Collectors.joining("; "));
            rows.add(Arrays.asList(i.id(), i.kind(), i.status(), time(i.reportedAt()), i.village(), i.place(), reporters,
                    i.alertedCount(), i.comingCount(), time(i.widenedAt()), time(i.closedAt())));
        }
        String csv = SafeCsv.document(HEADER, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"incidents-" + communeId + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv);
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }
}
