package vn.keng.duty;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.keng.registry.Commune;
import vn.keng.registry.GongPoint;
import vn.keng.registry.Role;
import vn.keng.registry.RoundDirectory;
import vn.keng.registry.Village;

/** The registry facts of one commune that a round step needs, loaded once per step. */
record RoundFacts(Commune commune, Map<Long, Village> villages, Map<Long, GongPoint> gongPoints,
        Map<Long, String> signals, Map<Long, List<Long>> heads, List<Long> police) {

    static RoundFacts load(Commune commune, RoundDirectory directory) {
        long id = commune.getId();
        Map<Long, GongPoint> points = directory.gongPoints(id).stream()
                .collect(Collectors.toMap(GongPoint::getId, p -> p, (a, b) -> a, java.util.LinkedHashMap::new));
        return new RoundFacts(commune, directory.villages(id), points, directory.peaceSignals(id),
                directory.withRoleByVillage(id, Role.VILLAGE_HEAD), directory.withRole(id, Role.POLICE));
    }

    String villageName(Long villageId) {
        Village village = villages.get(villageId);
        return village == null ? "?" : village.getName();
    }

    String gongPointName(Long gongPointId) {
        GongPoint point = gongPoints.get(gongPointId);
        return point == null ? "?" : point.getName();
    }

    /** The village's peace signal, or a neutral default when its signal table has none. */
    String signal(Long villageId) {
        return signals.getOrDefault(villageId, "keng binh yen");
    }

    /** The village heads, or the commune police when the village has no head. */
    List<Long> headsOrPolice(Long villageId) {
        List<Long> villageHeads = heads.getOrDefault(villageId, List.of());
        return villageHeads.isEmpty() ? police : villageHeads;
    }

    Map<String, Object> params(NightlyDuty duty) {
        Map<String, Object> params = DutyNotices.params(villageName(duty.getVillageId()),
                gongPointName(duty.getGongPointId()), duty.getGongAt(), commune.getTimeZone());
        params.put("signal", signal(duty.getVillageId()));
        params.put("night", DutyNotices.DAY.format(duty.getNight()));
        return params;
    }
}
