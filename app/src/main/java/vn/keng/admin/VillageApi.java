package vn.keng.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.admin.CommuneApi.VillageView;
import vn.keng.registry.DutyRoster;
import vn.keng.registry.GongCondition;
import vn.keng.registry.GongPoint;
import vn.keng.registry.GongSignal;
import vn.keng.registry.Registry;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Rotation;
import vn.keng.registry.SignalKind;

/** A village, its gong points with their rosters, and its signal table. */
@Tag(name = "Villages", description = "A village, its gong points with their rosters, and its signal table")
@RestController
@RequestMapping("/api/v1")
class VillageApi {

    private final Registry registry;
    private final RegistryReads reads;

    VillageApi(Registry registry, RegistryReads reads) {
        this.registry = registry;
        this.reads = reads;
    }

    @Operation(summary = "Get a village",
            description = "The village with its kind and declared number of households.")
    @GetMapping("/villages/{id}")
    VillageView get(@PathVariable Long id) {
        return VillageView.of(registry.village(id));
    }

    @Operation(summary = "Change a village",
            description = "Any of name, kind and householdCount; absent fields stay.")
    @PatchMapping("/villages/{id}")
    VillageView update(@PathVariable Long id, @RequestBody CommuneApi.NewVillage body) {
        return VillageView.of(registry.updateVillage(id, body.name(), body.kind(), body.householdCount()));
    }

    @Operation(summary = "List a village's gong points",
            description = "Gong points with their place, condition and last inspection.")
    @GetMapping("/villages/{id}/gong-points")
    List<GongPointView> gongPoints(@PathVariable Long id) {
        registry.village(id);
        return reads.gongPoints(id).stream().map(GongPointView::of).toList();
    }

    @Operation(summary = "Add a gong point",
            description = "A gong point of the village: name, whether it is the main one, latitude and longitude.")
    @PostMapping("/villages/{id}/gong-points")
    @ResponseStatus(HttpStatus.CREATED)
    GongPointView createGongPoint(@PathVariable Long id, @RequestBody NewGongPoint body) {
        return GongPointView.of(registry.createGongPoint(id, body.name(), Boolean.TRUE.equals(body.main()),
                body.latitude(), body.longitude()));
    }

    /** Records an inspection: the condition found (GOOD, DAMAGED, LOST) and when. */
    @Operation(summary = "Record an inspection",
            description = "The condition found (GOOD, DAMAGED, LOST) and the day (default today).")
    @PatchMapping("/gong-points/{id}")
    GongPointView inspect(@PathVariable Long id, @RequestBody Inspection body) {
        return GongPointView.of(registry.inspectGongPoint(id, body.condition(),
                body.inspectedOn() != null ? body.inspectedOn() : LocalDate.now()));
    }

    @Operation(summary = "List a village's signal table",
            description = "How the gong is struck for peace, alarm, fire and custom signals (\"3 hồi ngắn\").")
    @GetMapping("/villages/{id}/signals")
    List<SignalView> signals(@PathVariable Long id) {
        registry.village(id);
        return reads.signals(id).stream().map(SignalView::of).toList();
    }

    @Operation(summary = "Add a signal",
            description = "A signal of the village: kind (PEACE, ALARM, FIRE, CUSTOM), pattern, scheduled time and note.")
    @PostMapping("/villages/{id}/signals")
    @ResponseStatus(HttpStatus.CREATED)
    SignalView addSignal(@PathVariable Long id, @RequestBody NewSignal body) {
        return SignalView.of(registry.addSignal(id, body.kind(), body.pattern(), body.scheduledTime(), body.note()));
    }

    @Operation(summary = "Get a gong point's duty roster",
            description = "The strikers in turn order, the rotation (DAILY, WEEKLY, FIXED), its start date and the backup.")
    @GetMapping("/gong-points/{id}/roster")
    RosterView roster(@PathVariable Long id) {
        registry.gongPoint(id);
        return reads.roster(id).map(RosterView::of)
                .orElse(new RosterView(id, null, null, List.of(), null));
    }

    /** Replaces the roster; it must name at least one striker (an empty roster leaves the village without one). */
    @Operation(summary = "Replace a gong point's duty roster",
            description = "strikerIds in turn order (at least one: 400 otherwise), rotation, startDate (default today) and backupId.")
    @PutMapping("/gong-points/{id}/roster")
    RosterView setRoster(@PathVariable Long id, @RequestBody RosterView body) {
        if (body.strikerIds() == null || body.strikerIds().isEmpty() || body.strikerIds().contains(null)) {
            throw new IllegalArgumentException("strikerIds must name at least one striker (person ids in turn order)");
        }
        return RosterView.of(registry.setRoster(id, body.rotation(),
                body.startDate() != null ? body.startDate() : LocalDate.now(), body.strikerIds(), body.backupId()));
    }

    record NewGongPoint(String name, Boolean main, Double latitude, Double longitude) {
    }

    record Inspection(GongCondition condition, LocalDate inspectedOn) {
    }

    record GongPointView(Long id, Long villageId, String name, boolean main, Double latitude, Double longitude,
            GongCondition condition, LocalDate lastInspected) {
        static GongPointView of(GongPoint p) {
            return new GongPointView(p.getId(), p.getVillageId(), p.getName(), p.isMain(), p.getLatitude(),
                    p.getLongitude(), p.getCondition(), p.getLastInspected());
        }
    }

    record NewSignal(SignalKind kind, String pattern, LocalTime scheduledTime, String note) {
    }

    record SignalView(Long id, Long villageId, SignalKind kind, String pattern, LocalTime scheduledTime, String note) {
        static SignalView of(GongSignal s) {
            return new SignalView(s.getId(), s.getVillageId(), s.getKind(), s.getPattern(), s.getScheduledTime(),
                    s.getNote());
        }
    }

    record RosterView(Long gongPointId, Rotation rotation, LocalDate startDate, List<Long> strikerIds, Long backupId) {
        static RosterView of(DutyRoster r) {
            return new RosterView(r.getGongPointId(), r.getRotation(), r.getStartDate(), r.getStrikerIds(),
                    r.getBackupId());
        }
    }
}
