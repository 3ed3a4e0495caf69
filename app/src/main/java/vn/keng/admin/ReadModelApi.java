package vn.keng.admin;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.report.ReportReadModel;

/**
 * The reports' read model: {@code POST /api/v1/reports/read-model/rebuild?commune=42} (admin role, as
 * every write of the admin API) empties the commune's rows (none given: every row) and refills them
 * from the duty and incident modules' facts. For existing data, or after a change of its tables.
 */
@Tag(name = "Reports", description = "Summary reports of a commune, a village or a province")
@RestController
@RequestMapping("/api/v1/reports/read-model")
class ReadModelApi {

    private final ReportReadModel readModel;

    ReadModelApi(ReportReadModel readModel) {
        this.readModel = readModel;
    }

    @Operation(summary = "Rebuild the reports' read model", description = "Empties the read model of one commune "
            + "(or of all) and refills it from the night records and incidents; answers how many communes, nights "
            + "and incidents were written. 404 for an unknown commune.")
    @PostMapping("/rebuild")
    ReportReadModel.Rebuilt rebuild(@Parameter(description = "The commune; none: every commune")
            @RequestParam(required = false) Long commune) {
        return readModel.rebuild(commune);
    }
}
