package vn.keng.admin;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.duty.NightSwap;
import vn.keng.duty.RoundEntry;
import vn.keng.duty.RoundRecords;
import vn.keng.duty.Swaps;

/** The nightly rounds: one record per gong point and night, excuses, one-night swaps. */
@Tag(name = "Gong rounds", description = "The nightly gong rounds: records, excuses and one-night swaps")
@RestController
@RequestMapping("/api/v1")
class RoundApi {

    private final RoundRecords records;
    private final Swaps swaps;

    RoundApi(RoundRecords records, Swaps swaps) {
        this.records = records;
        this.swaps = swaps;
    }

    /** The night of a date (commune-local): one element per gong point that had a round. */
    @Operation(summary = "The round of one night",
            description = "One record per gong point that had a round on the night of `date` (YYYY-MM-DD, commune-local): who was on duty, reminded, confirmed, escalated.")
    @GetMapping("/communes/{id}/rounds")
    List<RoundEntry> night(@PathVariable Long id, @RequestParam String date) {
        return records.night(id, date(date));
    }

    /** An official excuses a missed or late night; the record is annotated, never rewritten. */
    @Operation(summary = "Excuse a night",
            description = "An official excuses a missed or late night with a reason; the record is annotated, never rewritten, and counts as excused in reports.")
    @PostMapping("/duties/{id}/excuse")
    RoundEntry excuse(@PathVariable Long id, @RequestBody Excuse body, Principal principal) {
        return records.excuse(id, body == null ? null : body.reason(), principal == null ? "admin" : principal.getName());
    }

    /** Puts someone else on duty at a gong point for one night. */
    @Operation(summary = "Swap the striker of one night",
            description = "Puts someone else (personId) on duty at the gong point for the night of `date` (YYYY-MM-DD).")
    @PutMapping("/gong-points/{id}/swaps/{date}")
    SwapView swap(@PathVariable Long id, @PathVariable String date, @RequestBody SwapBody body, Principal principal) {
        if (body == null || body.personId() == null) {
            throw new IllegalArgumentException("personId is required");
        }
        NightSwap swap = swaps.swap(id, date(date), body.personId(), principal == null ? "admin" : principal.getName());
        return new SwapView(swap.getGongPointId(), swap.getNight(), swap.getPersonId());
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD, e.g. 2026-11-27 (was '" + value + "')");
        }
    }

    record Excuse(String reason) {
    }

    record SwapBody(Long personId) {
    }

    record SwapView(Long gongPointId, LocalDate night, Long personId) {
    }
}
