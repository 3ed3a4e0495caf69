package vn.keng.report;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.keng.registry.Person;
import vn.keng.registry.Role;

/**
 * Who may see which report: officials and commune police see their commune; a village head sees
 * their village; anyone else (and anyone unknown) is refused, and the attempt is logged.
 */
@Component
public class ReportAccess {

    private static final Logger log = LoggerFactory.getLogger(ReportAccess.class);

    /** What the person may see: their commune, their village, or nothing. */
    public Optional<Grant> grantFor(Person person) {
        if (person == null) {
            return Optional.empty();
        }
        if (person.hasRole(Role.OFFICIAL) || person.hasRole(Role.POLICE) || person.hasRole(Role.PARTY_COMMITTEE)) {
            return Optional.of(new Grant(person.getCommuneId(), null));
        }
        if (person.hasRole(Role.VILLAGE_HEAD) && person.getVillageId() != null) {
            return Optional.of(new Grant(person.getCommuneId(), person.getVillageId()));
        }
        return Optional.empty();
    }

    /** Logs a refused request: who (person id or channel address, never the text of a phone number's owner). */
    public void logRefusal(Person person, String channel, String address) {
        if (person == null) {
            log.warn("Report refused: unknown sender on {} ({})", channel, mask(address));
        } else {
            log.warn("Report refused: person {} of commune {} with roles {} has no report access", person.getId(),
                    person.getCommuneId(), person.getRoles());
        }
    }

    static String mask(String address) {
        if (address == null || address.length() < 5) {
            return "***";
        }
        return "***" + address.substring(address.length() - 4);
    }

    /** A commune, or one of its villages when {@code villageId} is set. */
    public record Grant(long communeId, Long villageId) {
    }
}
