package vn.keng.registry;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds provinces, communes and villages by name as people type them (see {@link PlaceName}). */
@Service
@Transactional(readOnly = true)
public class PlaceNames {

    private final CommunesStore communes;
    private final VillagesStore villages;

    PlaceNames(CommunesStore communes, VillagesStore villages) {
        this.communes = communes;
        this.villages = villages;
    }

    /** The province's name as stored. */
    public String province(String typed) {
        List<String> provinces = communes.findAll().stream().map(Commune::getProvinceName).distinct().sorted().toList();
        return PlaceName.PROVINCE.match(typed, provinces, p -> p, p -> null);
    }

    /** A commune, of the province named (as typed) when one is given. */
    public Commune commune(String typed, String province) {
        List<Commune> all = communes.findAllByOrderByProvinceNameAscNameAsc();
        if (province != null && !province.isBlank()) {
            String found = province(province);
            all = all.stream().filter(c -> c.getProvinceName().equals(found)).toList();
        }
        return PlaceName.COMMUNE.match(typed, all, Commune::getName, Commune::getProvinceName, Commune::getId);
    }

    /** A village, of the commune given when one is. */
    public Village village(String typed, Long communeId) {
        List<Village> all = communeId == null ? villages.findAll() : villages.findByCommuneIdOrderByName(communeId);
        Map<Long, String> communeNames = new HashMap<>();
        communes.findAllById(all.stream().map(Village::getCommuneId).distinct().toList())
                .forEach(c -> communeNames.put(c.getId(), c.getName()));
        List<Village> sorted = all.stream().sorted(Comparator.comparing(Village::getCommuneId)
                .thenComparing(Village::getName).thenComparing(Village::getId)).toList();
        return PlaceName.VILLAGE.match(typed, sorted, Village::getName, v -> communeNames.get(v.getCommuneId()),
                Village::getId);
    }
}
