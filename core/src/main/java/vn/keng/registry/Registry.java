package vn.keng.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.keng.platform.ConflictException;
import vn.keng.platform.NotFoundException;

/**
 * The registry's write side: every change that must check more than one record (a person's phone
 * is unique, a household lies in the person's village, a group's leader lives in its village...).
 */
@Service
@Transactional
public class Registry {

    private final CommunesStore communes;
    private final VillagesStore villages;
    private final GongPointsStore gongPoints;
    private final GongSignalsStore signals;
    private final PeopleStore people;
    private final HouseholdsStore households;
    private final SafetyGroupsStore groups;
    private final DutyRostersStore rosters;

    Registry(CommunesStore communes, VillagesStore villages, GongPointsStore gongPoints, GongSignalsStore signals, PeopleStore people,
            HouseholdsStore households, SafetyGroupsStore groups, DutyRostersStore rosters) {
        this.communes = communes;
        this.villages = villages;
        this.gongPoints = gongPoints;
        this.signals = signals;
        this.people = people;
        this.households = households;
        this.groups = groups;
        this.rosters = rosters;
    }

    public Commune commune(Long id) {
        return communes.findById(id).orElseThrow(() -> new NotFoundException("Commune", id));
    }

    public Village village(Long id) {
        return villages.findById(id).orElseThrow(() -> new NotFoundException("Village", id));
    }

    public GongPoint gongPoint(Long id) {
        return gongPoints.findById(id).orElseThrow(() -> new NotFoundException("Gong point", id));
    }

    /** Changes any of a village's name, kind and declared household count (null: stays). */
    public Village updateVillage(Long id, String name, VillageKind kind, Integer householdCount) {
        Village village = village(id);
        village.update(name != null ? name : village.getName(), kind != null ? kind : village.getKind(),
                householdCount != null ? householdCount : village.getHouseholdCount());
        return village;
    }

    /** Records what an inspection found at a gong point (nothing when no condition is given). */
    public GongPoint inspectGongPoint(Long id, GongCondition condition, java.time.LocalDate on) {
        GongPoint point = gongPoint(id);
        if (condition != null) {
            point.inspect(condition, on);
        }
        return point;
    }

    public Person person(Long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    public Household household(Long id) {
        return households.findById(id).orElseThrow(() -> new NotFoundException("Household", id));
    }

    public SafetyGroup group(Long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("Group", id));
    }

    /**
     * Changes a commune's settings (a null field keeps its value) and writes them at once, so that a
     * rejected value fails here rather than at the commit.
     */
    public Commune changeCommune(Long id, CommuneChange c) {
        Commune commune = commune(id);
        if (c.name() != null || c.provinceName() != null) {
            commune.rename(c.name() != null ? c.name() : commune.getName(),
                    c.provinceName() != null ? c.provinceName() : commune.getProvinceName());
        }
        if (c.timeZone() != null) {
            commune.changeTimeZone(c.timeZone());
        }
        if (c.gongTime() != null) {
            commune.changeGongTime(c.gongTime());
        }
        if (c.reminderLead() != null) {
            commune.changeReminderLead(c.reminderLead());
        }
        if (c.escalationChanged()) {
            commune.changeEscalation(
                    c.confirmGrace() != null ? c.confirmGrace() : commune.getConfirmGrace(),
                    c.backupAfter() != null ? c.backupAfter() : commune.getBackupAfter(),
                    c.headAfter() != null ? c.headAfter() : commune.getHeadAfter(),
                    c.policeAfter() != null ? c.policeAfter() : commune.getPoliceAfter(),
                    c.closeAfter() != null ? c.closeAfter() : commune.getCloseAfter());
        }
        if (c.language() != null) {
            commune.changeLanguage(c.language());
        }
        if (c.smsUnicode() != null) {
            commune.changeSmsUnicode(c.smsUnicode());
        }
        if (c.smsAlways() != null) {
            commune.changeSmsAlways(c.smsAlways());
        }
        return communes.saveAndFlush(commune);
    }

    /** Changes a commune's report deadlines (a null keeps that one). */
    public Commune changeReportDeadlines(Long id, java.time.MonthDay village, java.time.MonthDay communeDeadline) {
        Commune commune = commune(id);
        commune.changeReportDeadlines(village != null ? village : commune.getVillageReportDeadline(),
                communeDeadline != null ? communeDeadline : commune.getCommuneReportDeadline());
        return commune;
    }

    public Commune createCommune(String name, String provinceName) {
        if (communes.findByProvinceNameAndName(provinceName, name).isPresent()) {
            throw new ConflictException("Commune '" + name + "' already exists in " + provinceName);
        }
        return communes.save(new Commune(name, provinceName));
    }

    public Village createVillage(Long communeId, String name, VillageKind kind, Integer householdCount) {
        commune(communeId);
        if (villages.existsByCommuneIdAndName(communeId, name == null ? null : name.strip())) {
            throw new ConflictException("Village '" + name + "' already exists in commune " + communeId);
        }
        return villages.save(new Village(communeId, name, kind, householdCount));
    }

    public GongPoint createGongPoint(Long villageId, String name, boolean main, Double latitude, Double longitude) {
        village(villageId);
        GongPoint point = new GongPoint(villageId, name, main);
        point.update(name, main, latitude, longitude);
        return gongPoints.save(point);
    }

    /**
     * The village's pattern for the first of these kinds its signal table has ("Đánh liên hồi, 3 hồi"),
     * or empty when it has none of them.
     */
    public java.util.Optional<String> signalPattern(Long villageId, SignalKind... kinds) {
        if (villageId == null) {
            return java.util.Optional.empty();
        }
        List<GongSignal> table = signals.findByVillageIdOrderById(villageId);
        for (SignalKind kind : kinds) {
            for (GongSignal signal : table) {
                if (signal.getKind() == kind) {
                    return java.util.Optional.of(signal.getPattern());
                }
            }
        }
        return java.util.Optional.empty();
    }

    public GongSignal addSignal(Long villageId, SignalKind kind, String pattern, java.time.LocalTime scheduledTime,
            String note) {
        village(villageId);
        return signals.save(new GongSignal(villageId, kind, pattern, scheduledTime, note));
    }

    public Household createHousehold(Long villageId, String code, String address, Long groupId) {
        village(villageId);
        if (code != null && !code.isBlank() && households.findByVillageIdAndCode(villageId, code.strip()).isPresent()) {
            throw new ConflictException("Household code '" + code + "' already exists in village " + villageId);
        }
        Household household = new Household(villageId, code, address);
        if (groupId != null) {
            household.joinGroup(requireGroupIn(groupId, villageId).getId());
        }
        return households.save(household);
    }

    /** Moves a household into a group of its village (or out of any group with null). */
    public Household assignToGroup(Long householdId, Long groupId) {
        Household household = household(householdId);
        household.joinGroup(groupId == null ? null : requireGroupIn(groupId, household.getVillageId()).getId());
        return household;
    }

    public Person createPerson(Long communeId, String name, PhoneNumber phone, Set<Role> roles, Long villageId,
            Long householdId, Language language) {
        commune(communeId);
        if (phone != null && people.findByPhone(phone).isPresent()) {
            throw new ConflictException("Phone " + phone + " already belongs to another person");
        }
        Person person = new Person(communeId, name, phone, roles);
        place(person, communeId, villageId, householdId);
        person.changeLanguage(language);
        return people.save(person);
    }

    /** A person's own choice to stop or resume information messages (alarms always reach them). */
    public Person optOutOfInfo(Long personId, boolean stop) {
        Person person = person(personId);
        person.optOutOfInfo(stop);
        return people.save(person);
    }

    public Person updatePerson(Long id, String name, PhoneNumber phone, Set<Role> roles, Long villageId,
            Long householdId, Language language) {
        Person person = person(id);
        if (phone != null && !phone.equals(person.getPhone())) {
            people.findByPhone(phone).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
                throw new ConflictException("Phone " + phone + " already belongs to another person");
            });
            person.changePhone(phone);
        }
        if (name != null) {
            person.rename(name);
        }
        if (roles != null) {
            person.changeRoles(roles);
        }
        if (language != null) {
            person.changeLanguage(language);
        }
        if (villageId != null || householdId != null) {
            place(person, person.getCommuneId(), villageId != null ? villageId : person.getVillageId(), householdId);
        }
        return person;
    }

    private void place(Person person, Long communeId, Long villageId, Long householdId) {
        if (villageId != null && !village(villageId).getCommuneId().equals(communeId)) {
            throw new IllegalArgumentException("village " + villageId + " is not in commune " + communeId);
        }
        if (householdId != null) {
            Household household = household(householdId);
            if (!household.getVillageId().equals(villageId)) {
                throw new IllegalArgumentException("household " + householdId + " is not in village " + villageId);
            }
        }
        person.placeIn(villageId, householdId);
    }

    /** Creates a group; the answer carries a warning when the group's size is outside 5-15. */
    public SafetyGroup createGroup(Long villageId, String name, Long leaderId, Long deputyId) {
        village(villageId);
        if (groups.findByVillageIdAndName(villageId, name == null ? null : name.strip()).isPresent()) {
            throw new ConflictException("Group '" + name + "' already exists in village " + villageId);
        }
        SafetyGroup group = new SafetyGroup(villageId, name);
        appoint(group, leaderId, deputyId);
        return groups.save(group);
    }

    public SafetyGroup appointLeaders(Long groupId, Long leaderId, Long deputyId) {
        SafetyGroup group = group(groupId);
        appoint(group, leaderId, deputyId);
        return group;
    }

    private void appoint(SafetyGroup group, Long leaderId, Long deputyId) {
        for (Long id : new Long[] {leaderId, deputyId}) {
            if (id != null && !group.getVillageId().equals(person(id).getVillageId())) {
                throw new IllegalArgumentException("person " + id + " does not live in the group's village");
            }
        }
        group.appoint(leaderId, deputyId);
    }

    /** Sets the roster of a gong point: its strikers in turn order, the rotation and the backup. */
    public DutyRoster setRoster(Long gongPointId, Rotation rotation, LocalDate startDate, List<Long> strikerIds,
            Long backupId) {
        gongPoint(gongPointId);
        List<Long> everyone = new ArrayList<>(strikerIds == null ? List.of() : strikerIds);
        if (backupId != null) {
            everyone.add(backupId);
        }
        everyone.forEach(this::person);
        DutyRoster roster = rosters.findByGongPointId(gongPointId).orElse(null);
        if (roster == null) {
            return rosters.save(new DutyRoster(gongPointId, rotation, startDate, strikerIds, backupId));
        }
        roster.change(rotation, startDate, strikerIds, backupId);
        return roster;
    }

    private SafetyGroup requireGroupIn(Long groupId, Long villageId) {
        SafetyGroup group = group(groupId);
        if (!group.getVillageId().equals(villageId)) {
            throw new IllegalArgumentException("group " + groupId + " is not in village " + villageId);
        }
        return group;
    }
}
