package vn.keng.admin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.registry.Household;
import vn.keng.registry.HouseholdImport;
import vn.keng.registry.ImportReport;
import vn.keng.registry.Registry;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.SafetyGroup;

/** Households, fire-safety groups (to lien gia) and the CSV import of a village. */
@Tag(name = "Households and groups", description = "Households, fire-safety groups (tổ liên gia) and the CSV import")
@RestController
@RequestMapping("/api/v1")
class HouseholdApi {

    private final Registry registry;
    private final RegistryReads reads;
    private final HouseholdImport householdImport;

    HouseholdApi(Registry registry, RegistryReads reads, HouseholdImport householdImport) {
        this.registry = registry;
        this.reads = reads;
        this.householdImport = householdImport;
    }

    @Operation(summary = "List a village's households",
            description = "Households of the village with their code, address and group.")
    @GetMapping("/villages/{id}/households")
    List<HouseholdView> households(@PathVariable Long id) {
        registry.village(id);
        return reads.households(id).stream().map(HouseholdView::of).toList();
    }

    @Operation(summary = "Add a household",
            description = "A household of the village: code, address and, optionally, a group of the same village.")
    @PostMapping("/villages/{id}/households")
    @ResponseStatus(HttpStatus.CREATED)
    HouseholdView createHousehold(@PathVariable Long id, @RequestBody NewHousehold body) {
        return HouseholdView.of(registry.createHousehold(id, body.code(), body.address(), body.groupId()));
    }

    /** Moves a household into a group of its village, or out of any group with {@code groupId: null}. */
    @Operation(summary = "Move a household into a group",
            description = "Into a fire-safety group of its village, or out of every group with groupId null (then the answer is empty).")
    @PutMapping("/households/{id}/group")
    GroupView assign(@PathVariable Long id, @RequestBody GroupAssignment body) {
        Household household = registry.assignToGroup(id, body.groupId());
        return household.getGroupId() == null ? null : view(registry.group(household.getGroupId()));
    }

    @Operation(summary = "List a village's fire-safety groups",
            description = "The tổ liên gia of the village with their households, leader and deputy, and a warning for a group outside 5-15 households.")
    @GetMapping("/villages/{id}/groups")
    List<GroupView> groups(@PathVariable Long id) {
        registry.village(id);
        return reads.groups(id).stream().map(this::view).toList();
    }

    @Operation(summary = "Create a fire-safety group",
            description = "A tổ liên gia of the village with its leader and deputy (person ids).")
    @PostMapping("/villages/{id}/groups")
    @ResponseStatus(HttpStatus.CREATED)
    GroupView createGroup(@PathVariable Long id, @RequestBody NewGroup body) {
        return view(registry.createGroup(id, body.name(), body.leaderId(), body.deputyId()));
    }

    @Operation(summary = "Get a fire-safety group",
            description = "The group with its household ids, leader, deputy, Telegram chat and size warning.")
    @GetMapping("/groups/{id}")
    GroupView group(@PathVariable Long id) {
        return view(registry.group(id));
    }

    /**
     * Imports the households and people of a village from a UTF-8 CSV body, all rows or nothing:
     * 400 with every bad row's line and reason, or 200 with what was created.
     */
    @Operation(summary = "Import households and people from CSV",
            description = "A UTF-8 CSV body (text/csv), all rows or nothing: 400 with every bad row's line and reason, or 200 with what was created. The columns are described in docs/registry.md.")
    @PostMapping(path = "/villages/{id}/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportReport importCsv(@PathVariable Long id, HttpServletRequest request) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ImportReport report;
        try (Reader reader = new InputStreamReader(request.getInputStream(), decoder)) {
            report = householdImport.importVillage(id, reader);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("the file is not valid UTF-8 text");
        }
        if (!report.accepted()) {
            throw new ApiProblems.ImportRejected(report);
        }
        return report;
    }

    private GroupView view(SafetyGroup g) {
        List<Long> members = new ArrayList<>(reads.householdsOfGroup(g.getId()).stream().map(Household::getId).toList());
        return new GroupView(g.getId(), g.getVillageId(), g.getName(), g.getLeaderId(), g.getDeputyId(),
                g.getTelegramChatId(), members, SafetyGroup.sizeWarning(members.size()));
    }

    record NewHousehold(String code, String address, Long groupId) {
    }

    record GroupAssignment(Long groupId) {
    }

    record NewGroup(String name, Long leaderId, Long deputyId) {
    }

    record HouseholdView(Long id, Long villageId, String code, String address, Long groupId) {
        static HouseholdView of(Household h) {
            return new HouseholdView(h.getId(), h.getVillageId(), h.getCode(), h.getAddress(), h.getGroupId());
        }
    }

    record GroupView(Long id, Long villageId, String name, Long leaderId, Long deputyId, Long telegramChatId,
            List<Long> householdIds, String warning) {
    }
}
