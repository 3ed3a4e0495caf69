package vn.keng.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.registry.Commune;
import vn.keng.registry.Communes;
import vn.keng.registry.DutyRosters;
import vn.keng.registry.GongPoints;
import vn.keng.registry.Household;
import vn.keng.registry.Households;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.Role;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.SafetyGroups;

/**
 * Who an incident alarms, each once, with the first role that applies: the village's on-duty
 * strikers (asked to strike the alarm gong), the group's leader and deputy, the village head(s),
 * the commune police, then every member of the group's households. An incident in a village but
 * without a group (a household outside every group, another village named in the report) alarms
 * the strikers, the leaders and deputies of every group of the village, the head(s) and the police.
 * Reports from unknown numbers reach this only once the police or a village head confirmed them.
 */
@Component
class AlarmRecipients {

    private final People people;
    private final Households households;
    private final SafetyGroups groups;
    private final GongPoints gongPoints;
    private final DutyRosters rosters;
    private final Communes communes;
    private final Clock clock;

    AlarmRecipients(People people, Households households, SafetyGroups groups, GongPoints gongPoints,
            DutyRosters rosters, Communes communes, Clock clock) {
        this.people = people;
        this.households = households;
        this.groups = groups;
        this.gongPoints = gongPoints;
        this.rosters = rosters;
        this.communes = communes;
        this.clock = clock;
    }

    Map<Long, AlarmRole> forAlarm(Incident incident) {
        Map<Long, AlarmRole> recipients = new LinkedHashMap<>();
        SafetyGroup group = incident.getGroupId() == null ? null : groups.findById(incident.getGroupId()).orElse(null);
        if (incident.getVillageId() != null) {
            strikers(incident).forEach(id -> recipients.putIfAbsent(id, AlarmRole.STRIKER));
        }
        if (group != null) {
            putIfPresent(recipients, group.getLeaderId(), AlarmRole.LEADER);
            putIfPresent(recipients, group.getDeputyId(), AlarmRole.DEPUTY);
        } else if (incident.getVillageId() != null) {
            // Nobody reports a fire into the void: a household outside every group alarms every group's leaders.
            for (SafetyGroup g : groups.findByVillageIdOrderByName(incident.getVillageId())) {
                putIfPresent(recipients, g.getLeaderId(), AlarmRole.LEADER);
                putIfPresent(recipients, g.getDeputyId(), AlarmRole.DEPUTY);
            }
        }
        heads(incident).forEach(p -> recipients.putIfAbsent(p.getId(), AlarmRole.VILLAGE_HEAD));
        police(incident).forEach(p -> recipients.putIfAbsent(p.getId(), AlarmRole.POLICE));
        if (group != null) {
            members(List.of(group.getId())).forEach(p -> recipients.putIfAbsent(p.getId(), AlarmRole.MEMBER));
        }
        return recipients;
    }

    /** Who verifies an unverified report: the named village's head(s) (all heads of the commune without a village), and the police. */
    Map<Long, AlarmRole> forVerification(Incident incident) {
        Map<Long, AlarmRole> recipients = new LinkedHashMap<>();
        heads(incident).forEach(p -> recipients.putIfAbsent(p.getId(), AlarmRole.VERIFIER));
        police(incident).forEach(p -> recipients.putIfAbsent(p.getId(), AlarmRole.VERIFIER));
        return recipients;
    }

    /** The widened alarm: the leaders and members of the village's other groups, and the police again. */
    Map<Long, AlarmRole> forWidening(Incident incident) {
        Map<Long, AlarmRole> recipients = new LinkedHashMap<>();
        police(incident).forEach(p -> recipients.put(p.getId(), AlarmRole.WIDENED));
        if (incident.getVillageId() == null) {
            return recipients;
        }
        List<SafetyGroup> neighbours = groups.findByVillageIdOrderByName(incident.getVillageId()).stream()
                .filter(g -> !g.getId().equals(incident.getGroupId())).toList();
        for (SafetyGroup g : neighbours) {
            putIfPresent(recipients, g.getLeaderId(), AlarmRole.WIDENED);
            putIfPresent(recipients, g.getDeputyId(), AlarmRole.WIDENED);
        }
        members(neighbours.stream().map(SafetyGroup::getId).toList())
                .forEach(p -> recipients.putIfAbsent(p.getId(), AlarmRole.WIDENED));
        return recipients;
    }

    private List<Long> strikers(Incident incident) {
        ZoneId zone = communes.findById(incident.getCommuneId()).map(Commune::getTimeZone).orElse(Commune.DEFAULT_ZONE);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return gongPoints.findByVillageIdOrderById(incident.getVillageId()).stream()
                .flatMap(point -> rosters.findByGongPointId(point.getId()).stream())
                .flatMap(roster -> roster.strikerOn(today).stream()).distinct().toList();
    }

    private List<Person> heads(Incident incident) {
        if (incident.getVillageId() != null) {
            return people.findByVillageIdAndRole(incident.getVillageId(), Role.VILLAGE_HEAD);
        }
        return incident.getCommuneId() == null ? List.of()
                : people.findByCommuneIdAndRole(incident.getCommuneId(), Role.VILLAGE_HEAD);
    }

    private List<Person> police(Incident incident) {
        return incident.getCommuneId() == null ? List.of()
                : people.findByCommuneIdAndRole(incident.getCommuneId(), Role.POLICE);
    }

    private List<Person> members(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        List<Long> householdIds = groupIds.stream().flatMap(id -> households.findByGroupId(id).stream())
                .map(Household::getId).toList();
        return householdIds.isEmpty() ? List.of() : people.findByHouseholdIdIn(householdIds);
    }

    private static void putIfPresent(Map<Long, AlarmRole> recipients, Long personId, AlarmRole role) {
        if (personId != null) {
            recipients.putIfAbsent(personId, role);
        }
    }
}
