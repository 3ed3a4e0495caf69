package vn.keng.incident;

import java.util.Optional;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.GeoLocation;
import vn.keng.registry.Language;
import vn.keng.registry.Person;

/**
 * A report as the dialog read it: what happened, where, and who wrote it from which address. The
 * incident module takes this, never the chat itself.
 *
 * @param place the place as typed after the keyword, or null
 * @param text the whole report as typed (an unknown sender's village is looked for in it)
 * @param sender the registered person who wrote it, if known
 * @param channel and {@code address}: where it came from (an unknown reporter is answered there)
 * @param via the provider (and phone) an SMS came in through, for the receipt to go back that way
 */
record IncidentReport(IncidentKind kind, String place, String text, Optional<Person> sender, ChannelType channel,
        String address, String via, GeoLocation location, String attachmentRef) {

    Long personId() {
        return sender.map(Person::getId).orElse(null);
    }

    Language language() {
        return sender.map(Person::getLanguage).orElse(Language.VI);
    }
}
