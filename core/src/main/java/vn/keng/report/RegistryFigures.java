package vn.keng.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The sections the registry and the outbox answer, each one aggregate query per scope (never rows
 * loaded into memory): villages, fire-safety groups and coverage, gong points by condition, SMS
 * segments sent.
 */
@Repository
class RegistryFigures {

    /** Key of people with no village in the SMS section: they count in the commune's total only. */
    static final long NO_VILLAGE = 0L;

    private final JdbcTemplate jdbc;

    RegistryFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record VillageRow(long id, String name, int declaredHouseholds) {
    }

    List<VillageRow> villages(ReportScope scope) {
        return jdbc.query("select v.id, v.name, coalesce(v.household_count, 0) declared from village v where "
                + villageFilter(scope) + " order by v.name",
                (rs, n) -> new VillageRow(rs.getLong(1), rs.getString(2), rs.getInt(3)), args(scope).toArray());
    }

    /**
     * Per village: groups, households (the greater of registered and declared), grouped households,
     * odd-sized groups. Correlated counts per village and per group use the indexes
     * household(village_id, group_id) and household(group_id): a commune reads only its own rows.
     */
    Map<Long, SafetyGroupFigures> groups(ReportScope scope, Map<Long, Integer> declared) {
        Map<Long, int[]> households = new HashMap<>();
        jdbc.query("select v.id, (select count(*) from household h where h.village_id = v.id), "
                + "(select count(h.group_id) from household h where h.village_id = v.id) from village v where "
                + villageFilter(scope),
                rs -> {
                    households.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }, args(scope).toArray());
        Map<Long, int[]> groups = new HashMap<>();
        jdbc.query("select g.village_id, count(*), sum(case when (select count(*) from household h where h.group_id = g.id) "
                + "between ? and ? then 0 else 1 end) from safety_group g join village v on v.id = g.village_id where "
                + villageFilter(scope) + " group by g.village_id",
                rs -> {
                    groups.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }, prepend(args(scope), vn.keng.registry.SafetyGroup.MIN_HOUSEHOLDS, vn.keng.registry.SafetyGroup.MAX_HOUSEHOLDS));
        Map<Long, SafetyGroupFigures> result = new HashMap<>();
        for (Map.Entry<Long, Integer> village : declared.entrySet()) {
            int[] h = households.getOrDefault(village.getKey(), new int[2]);
            int[] g = groups.getOrDefault(village.getKey(), new int[2]);
            result.put(village.getKey(), new SafetyGroupFigures(g[0], Math.max(h[0], village.getValue()), h[1], g[1]));
        }
        return result;
    }

    /** Per village: gong points by condition. */
    Map<Long, GongPointFigures> gongPoints(ReportScope scope) {
        Map<Long, GongPointFigures> result = new HashMap<>();
        jdbc.query("select p.village_id, sum(case when p.condition = 'GOOD' then 1 else 0 end), "
                + "sum(case when p.condition = 'DAMAGED' then 1 else 0 end), sum(case when p.condition = 'LOST' then 1 else 0 end) "
                + "from gong_point p join village v on v.id = p.village_id where " + villageFilter(scope)
                + " group by p.village_id",
                rs -> {
                    result.put(rs.getLong(1), new GongPointFigures(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }, args(scope).toArray());
        return result;
    }

    /**
     * Per village ({@link #NO_VILLAGE} for people without one): SMS segments sent or delivered in the
     * period to the scope's people.
     */
    Map<Long, Long> smsSegments(ReportScope scope, Period period) {
        List<Object> args = new ArrayList<>();
        args.add(scope.communeId());
        String village = "";
        if (scope.village()) {
            village = " and p.village_id = ?";
            args.add(scope.villageId());
        }
        args.add(Timestamp.from(scope.start(period)));
        args.add(Timestamp.from(scope.end(period)));
        Map<Long, Long> result = new HashMap<>();
        jdbc.query("select coalesce(p.village_id, 0), sum(coalesce(o.segments, 1)) from person p join outbound_message o "
                + "on o.person_id = p.id where p.commune_id = ?" + village + " and o.channel = 'SMS' "
                + "and o.status in ('SENT', 'DELIVERED') and o.sent_at >= ? and o.sent_at < ? group by coalesce(p.village_id, 0)",
                rs -> {
                    result.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                }, args.toArray());
        return result;
    }

    private static String villageFilter(ReportScope scope) {
        return scope.village() ? "v.commune_id = ? and v.id = ?" : "v.commune_id = ?";
    }

    private static List<Object> args(ReportScope scope) {
        return scope.village() ? List.of(scope.communeId(), scope.villageId()) : List.of(scope.communeId());
    }

    private static Object[] prepend(List<Object> args, Object... first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(args);
        return all.toArray();
    }
}
