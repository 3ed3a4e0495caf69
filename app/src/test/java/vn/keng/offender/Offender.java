package vn.keng.offender;

import vn.keng.registry.Person;
import vn.keng.victim.Ledger;

/** A module that reaches into other modules' data, for BoundariesTest to catch. */
public class Offender {

    public String reachIn(Ledger ledger, Person person) {
        person.optOutOfInfo(true);
        ledger.save(new Ledger.Entry());
        return person.getName();
    }
}
