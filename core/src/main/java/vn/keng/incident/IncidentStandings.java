package vn.keng.incident;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.keng.conversation.Standing;
import vn.keng.conversation.Standings;
import vn.keng.registry.Person;

/**
 * What incidents ask of a person: answering an open alarm, or closing it when their role may
 * (ALERTED; {@link IncidentClosing} checks the role), confirming or dismissing a report from an
 * unknown number (VERIFIER).
 */
@Component
class IncidentStandings implements Standings {

    private static final int RECENT = 5;

    private final Incidents incidents;
    private final IncidentClosing closing;

    IncidentStandings(Incidents incidents, IncidentClosing closing) {
        this.incidents = incidents;
        this.closing = closing;
    }

    @Override
    public Set<Standing> of(Person person) {
        Set<Standing> standings = EnumSet.noneOf(Standing.class);
        List<Incident> open = incidents.findAlertedTo(person.getId(), EnumSet.of(IncidentStatus.OPEN), PageRequest.of(0, RECENT));
        if (!open.isEmpty()) {
            standings.add(Standing.ALERTED);
        }
        if (incidents.findAlertedTo(person.getId(), EnumSet.of(IncidentStatus.UNVERIFIED), PageRequest.of(0, RECENT))
                .stream().anyMatch(i -> closing.mayVerify(person, i))) {
            standings.add(Standing.VERIFIER);
        }
        return standings;
    }
}
