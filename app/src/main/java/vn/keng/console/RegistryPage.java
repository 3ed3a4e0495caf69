package vn.keng.console;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Hidden;
import vn.keng.platform.ConflictException;
import vn.keng.registry.Commune;
import vn.keng.registry.GongCondition;
import vn.keng.registry.HouseholdImport;
import vn.keng.registry.ImportPreview;
import vn.keng.registry.ImportReport;
import vn.keng.registry.Language;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Role;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.Village;

/**
 * The registry of the chosen commune: villages; one village's households, people, groups, gong points
 * and signal table; search; adding households and people (the service's messages shown next to the
 * fields); the CSV import, previewed with every bad line before anything is written.
 */
@Hidden
@Controller
class RegistryPage {

    /** The largest CSV the console takes in a form field (the API takes files of any size). */
    static final int MAX_CSV = 2_000_000;

    private final RegistryReads reads;
    private final Registry registry;
    private final HouseholdImport householdImport;

    RegistryPage(RegistryReads reads, Registry registry, HouseholdImport householdImport) {
        this.reads = reads;
        this.registry = registry;
        this.householdImport = householdImport;
    }

    @GetMapping("/console/registry")
    String page(@RequestParam(required = false) Long village, @RequestParam(required = false) String q, Model model,
            HttpSession session) {
        Commune commune = (Commune) model.getAttribute("commune");
        if (village != null) { // a village of another commune switches to that commune
            Village asked = registry.village(village);
            if (commune == null || !asked.getCommuneId().equals(commune.getId())) {
                commune = registry.commune(asked.getCommuneId());
                model.addAttribute("commune", commune);
                session.setAttribute(ConsoleAdvice.COMMUNE, commune.getId());
            }
        }
        if (commune == null) {
            return "console/registry";
        }
        List<Village> villages = reads.villages(commune.getId());
        model.addAttribute("villages", villages);
        if (q != null && !q.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("found", reads.search(commune.getId(), q));
            model.addAttribute("villageNames", names(villages));
        }
        Village chosen = villages.stream().filter(v -> v.getId().equals(village)).findFirst()
                .orElse(village == null && !villages.isEmpty() && q == null ? villages.get(0) : null);
        if (chosen != null) {
            fillVillage(chosen, model);
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("conditions", GongCondition.values());
        return "console/registry";
    }

    private void fillVillage(Village village, Model model) {
        long id = village.getId();
        model.addAttribute("village", village);
        model.addAttribute("households", reads.households(id));
        model.addAttribute("people", reads.people(id));
        List<SafetyGroup> groups = reads.groups(id);
        model.addAttribute("groups", groups);
        Map<Long, Long> sizes = new LinkedHashMap<>();
        Map<Long, String> warnings = new LinkedHashMap<>();
        for (SafetyGroup g : groups) {
            long size = reads.householdsInGroup(g.getId());
            sizes.put(g.getId(), size);
            warnings.put(g.getId(), SafetyGroup.sizeWarning((int) size));
        }
        model.addAttribute("groupSizes", sizes);
        model.addAttribute("groupWarnings", warnings);
        model.addAttribute("groupNames", groups.stream().collect(java.util.stream.Collectors.toMap(SafetyGroup::getId,
                SafetyGroup::getName)));
        model.addAttribute("gongPoints", reads.gongPoints(id));
        model.addAttribute("signals", reads.signals(id));
    }

    @PostMapping("/console/villages/{id}/households")
    String addHousehold(@PathVariable long id, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String address, @RequestParam(required = false) Long groupId,
            Model model, HttpSession session, RedirectAttributes flash) {
        try {
            registry.createHousehold(id, code.isBlank() ? null : code.strip(), address, groupId);
        } catch (IllegalArgumentException | ConflictException e) {
            model.addAttribute("householdForm", Map.of("code", code, "address", address));
            model.addAttribute("householdErrors", FieldErrors.of(e.getMessage(), "address", "code", "groupId"));
            return page(id, null, model, session);
        }
        flash.addFlashAttribute("done", "console.household.added");
        return "redirect:/console/registry?village=" + id;
    }

    @PostMapping("/console/villages/{id}/people")
    String addPerson(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone, @RequestParam(required = false) Long householdId,
            @RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "vi") String language,
            Model model, HttpSession session, RedirectAttributes flash) {
        Village village = registry.village(id);
        try {
            Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.of(Role.RESIDENT) : EnumSet.copyOf(roles);
            registry.createPerson(village.getCommuneId(), name, phone.isBlank() ? null : PhoneNumber.parse(phone),
                    chosen, id, householdId, Language.fromCode(language));
        } catch (IllegalArgumentException | ConflictException e) {
            model.addAttribute("personForm", Map.of("name", name, "phone", phone));
            model.addAttribute("personErrors", FieldErrors.of(e.getMessage(), "name", "phone", "householdId", "language"));
            return page(id, null, model, session);
        }
        flash.addFlashAttribute("done", "console.person.added");
        return "redirect:/console/registry?village=" + id;
    }

    /** Moves a household to another group of its village (or out of any group). */
    @PostMapping("/console/households/{id}/group")
    String moveHousehold(@PathVariable long id, @RequestParam(required = false) Long groupId, RedirectAttributes flash) {
        Long village = registry.assignToGroup(id, groupId).getVillageId();
        flash.addFlashAttribute("done", "console.household.moved");
        return "redirect:/console/registry?village=" + village;
    }

    @PostMapping("/console/gong-points/{id}/condition")
    String inspect(@PathVariable long id, @RequestParam GongCondition condition, RedirectAttributes flash) {
        Long village = registry.inspectGongPoint(id, condition, LocalDate.now()).getVillageId();
        flash.addFlashAttribute("done", "console.gong.inspected");
        return "redirect:/console/registry?village=" + village;
    }

    @GetMapping("/console/villages/{id}/import")
    String importForm(@PathVariable long id, Model model) {
        model.addAttribute("village", registry.village(id));
        return "console/import";
    }

    /** Reads the file and shows what an import would do, or every bad line; writes nothing. */
    @PostMapping("/console/villages/{id}/import/preview")
    String preview(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String csv, Model model) throws IOException {
        model.addAttribute("village", registry.village(id));
        String text = file != null && !file.isEmpty() ? Csv.text(file.getBytes()) : csv;
        if (text == null || text.length() > MAX_CSV) {
            model.addAttribute("problem", text == null ? "console.import.not-utf8" : "console.import.too-large");
            return "console/import";
        }
        ImportPreview preview = householdImport.preview(id, new StringReader(text));
        model.addAttribute("csv", text);
        model.addAttribute("preview", preview);
        model.addAttribute("groupNames", reads.groups(id).stream()
                .collect(java.util.stream.Collectors.toMap(SafetyGroup::getId, SafetyGroup::getName)));
        return "console/import";
    }

    /** Imports the previewed file, all rows or nothing (the same check runs again). */
    @PostMapping("/console/villages/{id}/import")
    String importCsv(@PathVariable long id, @RequestParam String csv, Model model, RedirectAttributes flash)
            throws IOException {
        if (csv.length() > MAX_CSV) {
            throw new IllegalArgumentException("the file is too large");
        }
        ImportReport report = householdImport.importVillage(id, new StringReader(csv));
        if (!report.accepted()) {
            model.addAttribute("village", registry.village(id));
            model.addAttribute("csv", csv);
            model.addAttribute("preview", new ImportPreview(List.of(), report.errors()));
            return "console/import";
        }
        flash.addFlashAttribute("done", "console.import.done");
        flash.addFlashAttribute("imported", report);
        return "redirect:/console/registry?village=" + id;
    }

    private static Map<Long, String> names(List<Village> villages) {
        Map<Long, String> names = new LinkedHashMap<>();
        villages.forEach(v -> names.put(v.getId(), v.getName()));
        return names;
    }
}
