package vn.keng.incident;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Templates;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Villages;

/** The parameters every incident message shares, in the recipient's language: what, where, who reported. */
@Component
class IncidentTexts {

    private static final int PLACE_IN_MESSAGES = 80;

    private final Templates templates;
    private final Villages villages;
    private final People people;

    IncidentTexts(Templates templates, Villages villages, People people) {
        this.templates = templates;
        this.villages = villages;
        this.people = people;
    }

    Map<String, Object> params(Incident incident, Language language) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", templates.raw(incident.getKind().label(), language, false));
        String village = incident.getVillageId() == null ? ""
                : villages.findById(incident.getVillageId()).map(v -> v.getName()).orElse("");
        String place = incident.getPlace() == null ? templates.raw("incident.place-unknown", language, false)
                : incident.getPlace();
        params.put("place", place.length() <= PLACE_IN_MESSAGES ? place : place.substring(0, PLACE_IN_MESSAGES));
        params.put("village", village);
        Person reporter = incident.firstReporterId().flatMap(people::findById).orElse(null);
        params.put("reporter", reporter != null ? reporter.getName() : "");
        params.put("phone", reporter != null && reporter.getPhone() != null ? reporter.getPhone().national()
                : incident.reporters().isEmpty() ? "" : display(incident.reporters().get(0).address()));
        params.put("count", incident.alertedCount());
        params.put("coming", incident.getComingCount());
        return params;
    }

    String label(String key, Language language) {
        return templates.raw(key, language, false);
    }

    /** A phone shown the Vietnamese way when the address is one; a Telegram id as it is. */
    static String display(String address) {
        try {
            return address.startsWith("+") ? PhoneNumber.parse(address).national() : address;
        } catch (RuntimeException e) {
            return address;
        }
    }
}
