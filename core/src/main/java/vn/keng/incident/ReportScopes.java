package vn.keng.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.keng.conversation.TextMatcher;
import vn.keng.registry.Communes;
import vn.keng.registry.Household;
import vn.keng.registry.Households;
import vn.keng.registry.Person;
import vn.keng.registry.Village;
import vn.keng.registry.Villages;

/**
 * Finds where a report belongs. A known reporter: a village of their commune named in the text
 * ("thôn 3", "làng Mường Chuông") when it is not their own, without a group; else their household's
 * village and group (or their own village, without a group). An unknown number: the village
 * named in the text (diacritics and case ignored), looked up in the only commune if there is one,
 * else across all communes; with no village named, the only commune (all its village heads are
 * told); with several communes and no village named, nowhere (the sender is asked to name it).
 */
@Component
class ReportScopes {

    private static final List<String> VILLAGE_WORDS = List.of("thon ", "lang ", "ban ", "xom ", "to dan pho ",
            "khu pho ", "ap ");

    private final Households households;
    private final Villages villages;
    private final Communes communes;

    ReportScopes(Households households, Villages villages, Communes communes) {
        this.households = households;
        this.villages = villages;
        this.communes = communes;
    }

    Optional<ReportScope> of(Optional<Person> sender, String text) {
        if (sender.isPresent()) {
            return Optional.of(known(sender.get(), text));
        }
        List<Long> communeIds = communes.findAll().stream().map(c -> c.getId()).toList();
        List<Village> candidates = communeIds.size() == 1 ? villages.findByCommuneIdOrderByName(communeIds.get(0))
                : villages.findAll();
        Optional<Village> named = named(candidates, text);
        if (named.isPresent()) {
            return Optional.of(new ReportScope(named.get().getCommuneId(), named.get().getId(), null, false));
        }
        return communeIds.size() == 1 ? Optional.of(new ReportScope(communeIds.get(0), null, null, false))
                : Optional.empty();
    }

    private ReportScope known(Person person, String text) {
        Household household = person.getHouseholdId() == null ? null
                : households.findById(person.getHouseholdId()).orElse(null);
        Optional<Village> named = text == null || text.isBlank() ? Optional.empty()
                : named(villages.findByCommuneIdOrderByName(person.getCommuneId()), text);
        Long home = household != null ? household.getVillageId() : person.getVillageId();
        if (named.isPresent() && !named.get().getId().equals(home)) {
            return new ReportScope(person.getCommuneId(), named.get().getId(), null, true); // another village, named in the text
        }
        if (household != null) {
            return new ReportScope(person.getCommuneId(), household.getVillageId(), household.getGroupId(), true);
        }
        Long villageId = person.getVillageId() != null ? person.getVillageId()
                : named(villages.findByCommuneIdOrderByName(person.getCommuneId()), text).map(Village::getId)
                        .orElse(null);
        return new ReportScope(person.getCommuneId(), villageId, null, true);
    }

    /** The village whose name (with or without "thon", "xom"...) appears as whole words in the text; the longest wins. */
    static Optional<Village> named(List<Village> candidates, String text) {
        String folded = " " + TextMatcher.fold(text) + " ";
        Village best = null;
        int bestLength = 0;
        for (Village village : candidates) {
            for (String name : forms(TextMatcher.fold(village.getName()))) {
                if (name.length() > bestLength && folded.contains(" " + name + " ")) {
                    best = village;
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> forms(String folded) {
        for (String word : VILLAGE_WORDS) {
            if (folded.startsWith(word) && folded.length() > word.length() + 2) {
                return List.of(folded, folded.substring(word.length()));
            }
        }
        return List.of(folded);
    }
}
