package vn.keng.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.keng.registry.Household;
import vn.keng.registry.InviteCode;
import vn.keng.registry.TelegramLinks;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.RegistryReads;
import vn.keng.registry.Role;

/** People, found by phone in any local or international form, by village or by commune. */
@Tag(name = "People", description = "People of a commune, their roles and their Telegram link")
@RestController
@RequestMapping("/api/v1/people")
class PersonApi {

    private final Registry registry;
    private final RegistryReads reads;
    private final TelegramLinks telegramLinks;

    PersonApi(Registry registry, RegistryReads reads, TelegramLinks telegramLinks) {
        this.registry = registry;
        this.reads = reads;
        this.telegramLinks = telegramLinks;
    }

    /**
     * A single-use code that links the person's Telegram account when they send {@code /start CODE}
     * to the bot (or open the bot's deep link with it). Valid for {@code validity}, default 7 days.
     */
    @Operation(summary = "Create a Telegram invite code",
            description = "A single-use code: the person sends `/start CODE` to the bot to link their Telegram account. Valid for `validity` (ISO-8601, PT1M to P90D, default P7D).")
    @PostMapping("/{id}/telegram-invite")
    @ResponseStatus(HttpStatus.CREATED)
    Invite invite(@PathVariable Long id, @RequestParam(defaultValue = "P7D") java.time.Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(java.time.Duration.ofDays(90)) > 0) {
            throw new IllegalArgumentException("validity must be between PT1M and P90D");
        }
        InviteCode code = telegramLinks.createInvite(id, validity);
        return new Invite(id, code.getCode(), "/start " + code.getCode(), code.getExpiresAt());
    }

    record Invite(Long personId, String code, String startCommand, java.time.Instant expiresAt) {
    }

    @Operation(summary = "Find people",
            description = "By phone in any form (0913010200, +84 913 010 200, 84913010200), by village or by commune; everyone without a filter.")
    @GetMapping
    @Transactional(readOnly = true)
    List<PersonView> list(@RequestParam(required = false) String phone, @RequestParam(required = false) Long villageId,
            @RequestParam(required = false) Long communeId) {
        List<Person> found;
        if (phone != null) {
            found = reads.personByPhone(PhoneNumber.parse(phone)).map(List::of).orElse(List.of());
        } else if (villageId != null) {
            found = reads.people(villageId);
        } else if (communeId != null) {
            found = reads.peopleOfCommune(communeId);
        } else {
            found = reads.everybody();
        }
        return views(found);
    }

    @Operation(summary = "Get a person",
            description = "The person with their phone (E.164), roles, village, household, group, Telegram link, language and SMS opt-out.")
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    PersonView get(@PathVariable Long id) {
        return views(List.of(registry.person(id))).get(0);
    }

    @Operation(summary = "Register a person",
            description = "A person of a commune: name, phone (any Vietnamese form), roles (RESIDENT, STRIKER, GROUP_LEADER, VILLAGE_HEAD, POLICE, OFFICIAL, PARTY_COMMITTEE), village, household, language. 409 when the phone is already registered.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonView create(@RequestBody PersonBody body) {
        if (body.communeId() == null) {
            throw new IllegalArgumentException("communeId is required");
        }
        Person person = registry.createPerson(body.communeId(), body.name(), phone(body.phone()), body.roles(),
                body.villageId(), body.householdId(), language(body.language()));
        return views(List.of(person)).get(0);
    }

    @Operation(summary = "Change a person",
            description = "Any of name, phone, roles, village, household and language; absent fields stay.")
    @PatchMapping("/{id}")
    PersonView update(@PathVariable Long id, @RequestBody PersonBody body) {
        Person person = registry.updatePerson(id, body.name(), phone(body.phone()), body.roles(), body.villageId(),
                body.householdId(), language(body.language()));
        return views(List.of(person)).get(0);
    }

    private List<PersonView> views(List<Person> found) {
        Map<Long, Long> groupOfHousehold = new HashMap<>();
        List<Long> householdIds = found.stream().map(Person::getHouseholdId).filter(h -> h != null).distinct().toList();
        for (Household h : reads.householdsById(householdIds)) {
            if (h.getGroupId() != null) {
                groupOfHousehold.put(h.getId(), h.getGroupId());
            }
        }
        return found.stream().map(p -> PersonView.of(p, groupOfHousehold.get(p.getHouseholdId()))).toList();
    }

    private static PhoneNumber phone(String raw) {
        return raw == null || raw.isBlank() ? null : PhoneNumber.parse(raw);
    }

    private static Language language(String code) {
        return code == null ? null : Language.fromCode(code);
    }

    record PersonBody(Long communeId, String name, String phone, Set<Role> roles, Long villageId, Long householdId,
            String language) {
    }

    record PersonView(Long id, String name, String phone, Set<Role> roles, Long communeId, Long villageId,
            Long householdId, Long groupId, Long telegramUserId, String language, boolean infoOptOut) {
        static PersonView of(Person p, Long groupId) {
            return new PersonView(p.getId(), p.getName(), p.getPhone() == null ? null : p.getPhone().e164(),
                    new TreeSet<>(p.getRoles()), p.getCommuneId(), p.getVillageId(), p.getHouseholdId(), groupId,
                    p.getTelegramUserId(), p.getLanguage().code(), p.isInfoOptOut());
        }
    }
}
