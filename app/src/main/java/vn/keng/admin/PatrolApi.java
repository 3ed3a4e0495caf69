package vn.keng.admin;

import java.time.LocalDate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.duty.PatrolNight;
import vn.keng.duty.PatrolRoster;
import vn.keng.duty.PatrolStatus;
import vn.keng.duty.PatrolSwap;
import vn.keng.duty.Patrols;
import vn.keng.registry.Rotation;

/** The patrol after the gong: each village's patrol roster, one-night swaps, and the nights' records. */
@Tag(name = "Patrols", description = "The patrol after the gong: rosters per village, one-night swaps, records")
@RestController
@RequestMapping("/api/v1")
class PatrolApi {

    private final Patrols patrols;

    PatrolApi(Patrols patrols) {
        this.patrols = patrols;
    }

    @Operation(summary = "Get a village's patrol roster",
            description = "The patrol leaders in turn order, the rotation (DAILY, WEEKLY, FIXED), its start date and the backup. 404 when the village has none.")
    @GetMapping("/villages/{id}/patrol-roster")
    RosterView roster(@PathVariable Long id) {
        return RosterView.of(patrols.roster(id));
    }

    /** Replaces the roster; it must name at least one leader, all of the village's commune. */
    @Operation(summary = "Replace a village's patrol roster",
            description = "leaderIds in turn order (at least one, people of the village's commune: 400 otherwise), rotation, startDate (default today) and backupId.")
    @PutMapping("/villages/{id}/patrol-roster")
    RosterView setRoster(@PathVariable Long id, @RequestBody RosterView body) {
        if (body == null || body.leaderIds() == null || body.leaderIds().isEmpty() || body.leaderIds().contains(null)) {
            throw new IllegalArgumentException("leaderIds must name at least one patrol leader (person ids in turn order)");
        }
        return RosterView.of(patrols.setRoster(id, body.rotation(),
                body.startDate() != null ? body.startDate() : LocalDate.now(), body.leaderIds(), body.backupId()));
    }

    @Operation(summary = "Remove a village's patrol roster", description = "No patrol reminders from the next night on.")
    @DeleteMapping("/villages/{id}/patrol-roster")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRoster(@PathVariable Long id) {
        patrols.removeRoster(id);
    }

    @Operation(summary = "Swap the patrol leader of one night",
            description = "Puts someone else (personId) in charge of the village's patrol on the night of `date` (YYYY-MM-DD); during the round the new leader is reminded; a closed night is 409.")
    @PutMapping("/villages/{id}/patrol-swaps/{date}")
    SwapView swap(@PathVariable Long id, @PathVariable String date, @RequestBody SwapBody body) {
        if (body == null || body.personId() == null) {
            throw new IllegalArgumentException("personId is required");
        }
        PatrolSwap swap = patrols.swap(id, date(date), body.personId());
        return new SwapView(swap.getVillageId(), swap.getNight(), swap.getPersonId());
    }

    @Operation(summary = "The patrols of one night",
            description = "One record per village with a patrol roster on the night of `date` (YYYY-MM-DD, commune-local).")
    @GetMapping("/communes/{id}/patrols")
    List<NightView> night(@PathVariable Long id, @RequestParam String date) {
        return patrols.night(id, date(date)).stream().map(NightView::of).toList();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD, e.g. 2026-11-27 (was '" + value + "')");
        }
    }

    record RosterView(Long villageId, Rotation rotation, LocalDate startDate, List<Long> leaderIds, Long backupId) {
        static RosterView of(PatrolRoster r) {
            return new RosterView(r.getVillageId(), r.getRotation(), r.getStartDate(), r.getLeaderIds(), r.getBackupId());
        }
    }

    record SwapBody(Long personId) {
    }

    record SwapView(Long villageId, LocalDate night, Long personId) {
    }

    record NightView(Long id, Long villageId, LocalDate night, Long leaderId, Long onDutyId, Long backupId,
            PatrolStatus status, Instant remindedAt, Instant dueAt, Instant doneAt, Long doneBy, String note) {
        static NightView of(PatrolNight p) {
            return new NightView(p.getId(), p.getVillageId(), p.getNight(), p.getLeaderId(), p.getOnDutyId(),
                    p.getBackupId(), p.getStatus(), p.getRemindedAt(), p.getDueAt(), p.getDoneAt(), p.getDoneBy(),
                    p.getNote());
        }
    }
}
