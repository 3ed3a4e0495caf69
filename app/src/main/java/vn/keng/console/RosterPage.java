package vn.keng.console;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Hidden;
import vn.keng.duty.RoundEntry;
import vn.keng.duty.RoundRecords;
import vn.keng.duty.Swaps;
import vn.keng.registry.Commune;
import vn.keng.registry.GongPoint;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Role;
import vn.keng.report.ReportFiles;
import vn.keng.report.ReportSection;
import vn.keng.report.Reports;

/**
 * Rosters: a month calendar per gong point with who is on duty each night (swaps included) and what
 * became of past nights; pick a night and a person to swap, excuse a missed or late night; the nights
 * each striker confirmed that month.
 */
@Hidden
@Controller
class RosterPage {

    private final RegistryReads reads;
    private final Swaps swaps;
    private final RoundRecords records;
    private final Reports reports;
    private final ReportFiles files;

    RosterPage(RegistryReads reads, Swaps swaps, RoundRecords records, Reports reports, ReportFiles files) {
        this.reads = reads;
        this.swaps = swaps;
        this.records = records;
        this.reports = reports;
        this.files = files;
    }

    /** One night of the calendar. */
    record Day(LocalDate date, Long personId, String person, Long dutyId, String status, boolean today) {
    }

    @GetMapping("/console/rosters")
    String page(@RequestParam(required = false) Long point, @RequestParam(required = false) String month, Model model,
            Locale locale) {
        Commune commune = (Commune) model.getAttribute("commune");
        if (commune == null) {
            return "console/rosters";
        }
        long communeId = commune.getId();
        List<GongPoint> points = reads.gongPointsOfCommune(communeId);
        model.addAttribute("points", points);
        GongPoint chosen = points.stream().filter(p -> p.getId().equals(point)).findFirst()
                .orElse(points.isEmpty() ? null : points.get(0));
        LocalDate today = swaps.today(communeId);
        YearMonth ym = month(month, today);
        model.addAttribute("month", ym);
        model.addAttribute("previous", ym.minusMonths(1));
        model.addAttribute("next", ym.plusMonths(1));
        List<Person> people = reads.peopleOfCommune(communeId);
        Map<Long, String> names = people.stream().collect(Collectors.toMap(Person::getId, Person::getName));
        model.addAttribute("strikers", people.stream().filter(p -> p.getRoles().contains(Role.STRIKER)
                || p.getRoles().contains(Role.VILLAGE_HEAD)).toList());
        if (chosen != null) {
            model.addAttribute("point", chosen);
            model.addAttribute("roster", reads.roster(chosen.getId()).orElse(null));
            model.addAttribute("names", names);
            SortedMap<LocalDate, Long> plan = swaps.plan(chosen.getId(), ym.atDay(1), ym.atEndOfMonth());
            Map<LocalDate, RoundEntry> recorded = new HashMap<>();
            for (LocalDate d = ym.atDay(1); !d.isAfter(ym.atEndOfMonth()) && !d.isAfter(today); d = d.plusDays(1)) {
                LocalDate night = d;
                records.night(communeId, d).stream().filter(e -> e.gongPointId().equals(chosen.getId())).findFirst()
                        .ifPresent(e -> recorded.put(night, e));
            }
            List<Day> days = new ArrayList<>();
            for (LocalDate d = ym.atDay(1); !d.isAfter(ym.atEndOfMonth()); d = d.plusDays(1)) {
                RoundEntry e = recorded.get(d);
                Long person = plan.get(d);
                days.add(new Day(d, person, person == null ? null : names.get(person), e == null ? null : e.dutyId(),
                        e == null ? null : e.status().name(), d.equals(today)));
            }
            model.addAttribute("days", days);
            model.addAttribute("blanks", ym.atDay(1).getDayOfWeek().getValue() - 1);
        }
        try {
            List<ReportSection> sections = files.sections(reports.commune(communeId,
                    reports.period(communeId, ym.getMonthValue() + "/" + ym.getYear())),
                    "en".equals(locale.getLanguage()) ? Language.EN : Language.VI);
            sections.stream().filter(s -> s.key().equals("strikers")).findFirst()
                    .ifPresent(s -> model.addAttribute("struck", s));
        } catch (IllegalArgumentException e) {
            // a month the report does not cover (before the first year): no counts
        }
        return "console/rosters";
    }

    @PostMapping("/console/duties/{id}/excuse")
    String excuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "/console/rosters") String back, Principal principal, RedirectAttributes flash) {
        records.excuse(id, reason.isBlank() ? null : reason, principal.getName());
        flash.addFlashAttribute("done", "console.excuse.done");
        return "redirect:" + (back.startsWith("/console/") && !back.contains("//") ? back : "/console/rosters");
    }

    private static YearMonth month(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(today);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must be YYYY-MM, e.g. 2026-11 (was '" + text + "')");
        }
    }
}
