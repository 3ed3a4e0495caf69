package vn.keng.console;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Hidden;
import vn.keng.platform.ConflictException;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Role;

/**
 * Editing one person: name, phone, household, roles and language, with the service's message next to
 * the field it names and nothing written when it refuses (the registry's {@code updatePerson}, as the
 * admin API's {@code PATCH /api/v1/people/{id}}). Writing needs the admin role (viewers get 403).
 */
@Hidden
@Controller
class PersonPage {

    private final Registry registry;
    private final RegistryReads reads;

    PersonPage(Registry registry, RegistryReads reads) {
        this.registry = registry;
        this.reads = reads;
    }

    @GetMapping("/console/people/{id}")
    String form(@PathVariable long id, Model model) {
        Person person = registry.person(id);
        return page(person, Map.of("name", person.getName(),
                "phone", person.getPhone() == null ? "" : person.getPhone().e164(),
                "householdId", person.getHouseholdId() == null ? "" : person.getHouseholdId().toString(),
                "language", person.getLanguage().code()), person.getRoles(), null, model);
    }

    @PostMapping("/console/people/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone, @RequestParam(required = false) Long householdId,
            @RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "vi") String language,
            Model model, RedirectAttributes flash) {
        Person person = registry.person(id);
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.of(Role.RESIDENT) : EnumSet.copyOf(roles);
        try {
            registry.updatePerson(id, name, phone.isBlank() ? null : PhoneNumber.parse(phone), chosen,
                    person.getVillageId(), householdId, Language.fromCode(language));
        } catch (IllegalArgumentException | ConflictException e) {
            return page(person, Map.of("name", name, "phone", phone,
                    "householdId", householdId == null ? "" : householdId.toString(), "language", language), chosen,
                    FieldErrors.of(e.getMessage(), "name", "phone", "householdId", "language"), model);
        }
        flash.addFlashAttribute("done", "console.person.saved");
        return person.getVillageId() == null ? "redirect:/console/registry"
                : "redirect:/console/registry?village=" + person.getVillageId();
    }

    private String page(Person person, Map<String, String> form, Set<Role> roles, Map<String, String> errors,
            Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("chosenRoles", roles);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("households", person.getVillageId() == null ? java.util.List.of()
                : reads.households(person.getVillageId()));
        return "console/person";
    }
}
