package vn.keng.incident;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Templates;
import vn.keng.registry.Language;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.SignalKind;
import vn.keng.registry.Villages;

/**
 * The parameters every incident message shares, in the recipient's language: what ({@code kind}, and
 * {@code KIND} in capitals for headings), where ({@code at}: "tại nhà ông Ba" or "(chưa rõ địa điểm)"),
 * who reported, and how the village strikes the alarm ({@code signal}, from its signal table: the FIRE
 * pattern for a fire, else the ALARM pattern).
 */
@Component
class IncidentTexts {

    private static final int PLACE_IN_MESSAGES = 80;

    private final Templates templates;
    private final Villages villages;
    private final People people;
    private final Registry registry;

    IncidentTexts(Templates templates, Villages villages, People people, Registry registry) {
        this.templates = templates;
        this.villages = villages;
        this.people = people;
        this.registry = registry;
    }

    Map<String, Object> params(Incident incident, Language language) {
        Map<String, Object> params = new HashMap<>();
        String kind = templates.raw(incident.getKind().label(), language, false);
        params.put("kind", kind);
        params.put("KIND", kind.toUpperCase(java.util.Locale.ROOT));
        String village = incident.getVillageId() == null ? ""
                : villages.findById(incident.getVillageId()).map(v -> v.getName()).orElse("");
        String place = incident.getPlace() == null ? templates.raw("incident.place-unknown", language, false)
                : incident.getPlace();
        place = place.length() <= PLACE_IN_MESSAGES ? place : place.substring(0, PLACE_IN_MESSAGES);
        params.put("place", place);
        params.put("at", incident.getPlace() == null ? place
                : Templates.fill(templates.raw("incident.at", language, false), Map.of("place", place)));
        params.put("signal", signal(incident, language));
        params.put("village", village);
        Person reporter = incident.firstReporterId().flatMap(people::findById).orElse(null);
        params.put("reporter", reporter != null ? reporter.getName() : "");
        params.put("phone", reporter != null && reporter.getPhone() != null ? reporter.getPhone().national()
                : incident.reporters().isEmpty() ? "-" : display(incident.reporters().get(0).address()));
        params.put("count", incident.alertedCount());
        params.put("coming", incident.getComingCount());
        return params;
    }

    /** The village's own alarm pattern: FIRE for a fire (else ALARM), ALARM for the rest, else the default words. */
    String signal(Incident incident, Language language) {
        SignalKind[] kinds = incident.getKind() == IncidentKind.FIRE
                ? new SignalKind[] {SignalKind.FIRE, SignalKind.ALARM} : new SignalKind[] {SignalKind.ALARM};
        return registry.signalPattern(incident.getVillageId(), kinds)
                .orElseGet(() -> templates.raw("incident.signal-default", language, false));
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
