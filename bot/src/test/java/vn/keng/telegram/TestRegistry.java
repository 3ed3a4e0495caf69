package vn.keng.telegram;

import java.util.Set;
import java.util.UUID;

import vn.keng.registry.Commune;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Village;

/** Registry data of one test: a commune and village with unique names, people with unused phones. */
final class TestRegistry {

    final Registry registry;
    final People people;
    final Commune commune;
    final Village village;

    TestRegistry(Registry registry, People people) {
        this.registry = registry;
        this.people = people;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        this.commune = registry.createCommune("Xã Thử " + tag, "Tỉnh Thử");
        this.village = registry.createVillage(commune.getId(), "Thôn Thử " + tag, null, null);
    }

    Person person(String name, Role... roles) {
        return registry.createPerson(commune.getId(), name, unusedPhone(), Set.of(roles), village.getId(), null, Language.VI);
    }

    PhoneNumber unusedPhone() {
        while (true) {
            PhoneNumber phone = PhoneNumber.parse(Fixtures.uniquePhone());
            if (people.findByPhone(phone).isEmpty()) {
                return phone;
            }
        }
    }
}
