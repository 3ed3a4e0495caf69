package vn.keng.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only listings of the registry for pages (the web console): communes, a commune's villages and
 * people, a village's households, groups, gong points and signal table, a gong point's roster.
 */
@Service
@Transactional(readOnly = true)
public class RegistryReads {

    private final CommunesStore communes;
    private final VillagesStore villages;
    private final HouseholdsStore households;
    private final PeopleStore people;
    private final SafetyGroupsStore groups;
    private final GongPointsStore gongPoints;
    private final GongSignalsStore signals;
    private final DutyRostersStore rosters;

    RegistryReads(CommunesStore communes, VillagesStore villages, HouseholdsStore households, PeopleStore people, SafetyGroupsStore groups,
            GongPointsStore gongPoints, GongSignalsStore signals, DutyRostersStore rosters) {
        this.communes = communes;
        this.villages = villages;
        this.households = households;
        this.people = people;
        this.groups = groups;
        this.gongPoints = gongPoints;
        this.signals = signals;
        this.rosters = rosters;
    }

    public List<Commune> communes() {
        return communes.findAllByOrderByProvinceNameAscNameAsc();
    }

    public List<Village> villages(long communeId) {
        return villages.findByCommuneIdOrderByName(communeId);
    }

    public List<Household> households(long villageId) {
        return households.findByVillageIdOrderById(villageId);
    }

    public List<Person> people(long villageId) {
        return people.findByVillageIdOrderByName(villageId);
    }

    public List<Person> peopleOfCommune(long communeId) {
        return people.findByCommuneIdOrderByName(communeId);
    }

    public List<SafetyGroup> groups(long villageId) {
        return groups.findByVillageIdOrderByName(villageId);
    }

    public long householdsInGroup(long groupId) {
        return households.countByGroupId(groupId);
    }

    public List<GongPoint> gongPoints(long villageId) {
        return gongPoints.findByVillageIdOrderById(villageId);
    }

    /** Every gong point of the commune, by village and id. */
    public List<GongPoint> gongPointsOfCommune(long communeId) {
        List<Long> ids = villages(communeId).stream().map(Village::getId).toList();
        return gongPoints.findByVillageIdIn(ids).stream()
                .sorted(Comparator.comparing(GongPoint::getVillageId).thenComparing(GongPoint::getId)).toList();
    }

    public List<GongSignal> signals(long villageId) {
        return signals.findByVillageIdOrderById(villageId);
    }

    public Optional<DutyRoster> roster(long gongPointId) {
        return rosters.findByGongPointId(gongPointId);
    }

    /** People of the commune whose name, phone (any form) or household address contains the text. */
    public List<Person> search(long communeId, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        String digits = needle.replaceAll("\\D", "");
        String local = digits.startsWith("84") ? digits.substring(2) : digits.startsWith("0") ? digits.substring(1) : digits;
        return peopleOfCommune(communeId).stream().filter(p -> p.getName().toLowerCase(Locale.ROOT).contains(needle)
                || (local.length() >= 3 && p.getPhone() != null && p.getPhone().e164().contains(local)))
                .limit(200).toList();
    }

    /** The households of a group, by id. */
    public List<Household> householdsOfGroup(long groupId) {
        return households.findByGroupId(groupId);
    }

    public List<Household> householdsById(java.util.Collection<Long> ids) {
        return households.findAllById(ids);
    }

    public Optional<Person> personByPhone(PhoneNumber phone) {
        return people.findByPhone(phone);
    }

    public Optional<Person> person(long id) {
        return people.findById(id);
    }

    /** Everybody, by id: the admin API's unfiltered listing. */
    public List<Person> everybody() {
        return people.findAll(org.springframework.data.domain.Sort.by("id"));
    }

    /** The first people by id (the simulator's list to play). */
    public List<Person> firstPeople(int count) {
        return people.findAll(org.springframework.data.domain.PageRequest.of(0, count,
                org.springframework.data.domain.Sort.by("id"))).getContent();
    }

    /** Up to 200 people whose name contains the text, by name. */
    public List<Person> peopleNamed(String text) {
        return people.findTop200ByNameContainingIgnoreCaseOrderByName(text.strip());
    }

    public List<Person> peopleById(java.util.Collection<Long> ids) {
        return people.findAllById(ids);
    }

    public List<Village> villagesById(java.util.Collection<Long> ids) {
        return villages.findAllById(ids);
    }

    public Optional<Commune> commune(String provinceName, String name) {
        return communes.findByProvinceNameAndName(provinceName, name);
    }
}
