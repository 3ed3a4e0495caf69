package vn.keng.offender;

import vn.keng.registry.People;
import vn.keng.registry.Person;

/** A module that reaches into the registry's data, for BoundariesTest to catch. */
public class Offender {

    public String reachIn(People people, Person person) {
        person.optOutOfInfo(true);
        people.save(person);
        return person.getName();
    }
}
