package vn.keng.duty;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import vn.keng.conversation.Standing;
import vn.keng.conversation.Standings;
import vn.keng.registry.Person;
import vn.keng.registry.Role;

/**
 * Who may confirm a gong: whoever a night asks (on duty, backup, asked after an escalation), the
 * head of a village whose gong is still unconfirmed, and, for a day after the gong, whoever a
 * night asked (so a late "ok" is told the night is closed rather than not understood).
 */
@Component
class DutyStandings implements Standings {

    private static final Duration LATE_ANSWERS = Duration.ofHours(24);

    private final NightlyDuties duties;
    private final Clock clock;

    DutyStandings(NightlyDuties duties, Clock clock) {
        this.duties = duties;
        this.clock = clock;
    }

    @Override
    public Set<Standing> of(Person person) {
        return onDuty(person) ? Set.of(Standing.GONG_DUTY) : Set.of();
    }

    private boolean onDuty(Person person) {
        if (!duties.findOpenAsking(person.getId()).isEmpty()) {
            return true;
        }
        if (person.hasRole(Role.VILLAGE_HEAD) && person.getVillageId() != null
                && !duties.findByVillageIdAndStatusOrderByGongPointId(person.getVillageId(), DutyStatus.PENDING).isEmpty()) {
            return true;
        }
        return duties.findLatestAsking(person.getId(), Limit.of(1)).stream()
                .anyMatch(d -> d.getGongAt().isAfter(clock.instant().minus(LATE_ANSWERS)));
    }
}
