package vn.keng.offender;

import vn.keng.incident.Incident;
import vn.keng.incident.Incidents;
import vn.keng.registry.Person;

/** A module that reaches into other modules' data, for BoundariesTest to catch. */
public class Offender {

    public String reachIn(Incidents incidents, Incident incident, Person person) {
        person.optOutOfInfo(true);
        incidents.save(incident);
        return person.getName();
    }
}
