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

    record VillageRow(long id, long communeId, String name, int declaredHouseholds) {
    }

    /** The scope's villages by name. */
    List<VillageRow> villages(ReportScope scope) {
        return jdbc.query("select v.id, v.commune_id, v.name, coalesce(v.household_count, 0) declared from village v where "
                + villageFilter(scope) + " order by v.name",
                (rs, n) -> new VillageRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)), scope.args().toArray());
    }

    record CommuneRow(long id, String name) {
    }

    /** The communes of a province report, by name. */
    List<CommuneRow> communes(ReportScope scope) {
        return jdbc.query("select c.id, c.name from commune c where c.province_name = ? order by c.name, c.id",
                (rs, n) -> new CommuneRow(rs.getLong(1), rs.getString(2)), scope.provinceName());
    }

    /**
     * Per village: groups, households (the greater of registered and declared), grouped households,
     * odd-sized groups. One pass over the scope's households, counted per (village, group) and
     * summed per village (the index household (village_id, group_id) serves it), and one over its
     * groups: a group with no household at all is outside the range too.
     */
    Map<Long, SafetyGroupFigures> groups(ReportScope scope, Map<Long, Integer> declared) {
        Map<Long, int[]> households = new HashMap<>();
        jdbc.query("select s.village_id, sum(s.n), sum(case when s.group_id is null then 0 else s.n end), "
                + "sum(case when s.group_id is not null and s.n between ? and ? then 1 else 0 end) from ("
                + "select h.village_id, h.group_id, count(*) n from household h join village v on v.id = h.village_id "
                + "where " + villageFilter(scope) + " group by h.village_id, h.group_id) s group by s.village_id",
                rs -> {
                    households.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                }, prepend(scope.args(), vn.keng.registry.SafetyGroup.MIN_HOUSEHOLDS, vn.keng.registry.SafetyGroup.MAX_HOUSEHOLDS));
        Map<Long, Integer> groups = new HashMap<>();
        jdbc.query("select g.village_id, count(*) from safety_group g join village v on v.id = g.village_id where "
                + villageFilter(scope) + " group by g.village_id",
                rs -> {
                    groups.put(rs.getLong(1), rs.getInt(2));
                }, scope.args().toArray());
        Map<Long, SafetyGroupFigures> result = new HashMap<>();
        for (Map.Entry<Long, Integer> village : declared.entrySet()) {
            int[] h = households.getOrDefault(village.getKey(), new int[3]);
            int g = groups.getOrDefault(village.getKey(), 0);
            result.put(village.getKey(), new SafetyGroupFigures(g, Math.max(h[0], village.getValue()), h[1], g - h[2]));
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
                }, scope.args().toArray());
        return result;
    }

    /**
     * Per village ({@link #NO_VILLAGE} for people without one), or per commune in a province report:
     * SMS segments sent or delivered in the period to the scope's people.
     */
    Map<Long, Long> smsSegments(ReportScope scope, Period period) {
        List<Object> args = new ArrayList<>(scope.args());
        args.add(Timestamp.from(scope.start(period)));
        args.add(Timestamp.from(scope.end(period)));
        String row = scope.province() ? "p.commune_id" : "coalesce(p.village_id, 0)";
        Map<Long, Long> result = new HashMap<>();
        jdbc.query("select " + row + ", sum(coalesce(o.segments, 1)) from person p join outbound_message o "
                + "on o.person_id = p.id where " + scope.where("p", "village_id") + " and o.channel = 'SMS' "
                + "and o.status in ('SENT', 'DELIVERED') and o.sent_at >= ? and o.sent_at < ? group by " + row,
                rs -> {
                    result.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                }, args.toArray());
        return result;
    }

    /**
     * The village notices sent in the period: per row, those the row got (a village: the notices naming
     * it and those to its whole commune; a commune, in a province report: all of its notices), and the
     * distinct notices of the scope.
     */
    NoticeCounts notices(ReportScope scope, Period period, java.util.Collection<Long> rows) {
        List<Object> args = new ArrayList<>(scope.province() ? List.of(scope.provinceName()) : List.of(scope.communeId()));
        args.add(Timestamp.from(scope.start(period)));
        args.add(Timestamp.from(scope.end(period)));
        String where = scope.province() ? "n.commune_id in (select c.id from commune c where c.province_name = ?)"
                : "n.commune_id = ?";
        Map<Long, Integer> byRow = new HashMap<>();
        int[] total = {0};
        jdbc.query("select n.commune_id, n.village_ids from village_notice n where " + where
                + " and n.status = 'SENT' and n.sent_at >= ? and n.sent_at < ?", rs -> {
                    long commune = rs.getLong(1);
                    String villages = rs.getString(2);
                    List<Long> named = villages == null ? List.of()
                            : java.util.Arrays.stream(villages.split(",")).map(Long::valueOf).toList();
                    if (scope.village() && !named.isEmpty() && !named.contains(scope.villageId())) {
                        return; // to other villages of the commune
                    }
                    total[0]++;
                    if (scope.province()) {
                        byRow.merge(commune, 1, Integer::sum);
                        return;
                    }
                    for (Long row : named.isEmpty() ? rows : named) {
                        byRow.merge(row, 1, Integer::sum);
                    }
                }, args.toArray());
        return new NoticeCounts(byRow, total[0]);
    }

    /** Notices per report row, and the distinct notices of the scope. */
    record NoticeCounts(Map<Long, Integer> byRow, int total) {
    }

    /**
     * Per village ({@link #NO_VILLAGE} for people without one), or per commune in a province report:
     * the calls placed in the period to the scope's people (channel VOICE, {@code sent_at} in the
     * period) by how they ended, the minutes billed (a picked-up call's {@code segments}), and the keys
     * pressed in calls (inbound VOICE messages received in the period).
     */
    Map<Long, CallFigures> calls(ReportScope scope, Period period, vn.keng.messaging.CallCosts costs) {
        List<Object> args = new ArrayList<>(scope.args());
        args.add(Timestamp.from(scope.start(period)));
        args.add(Timestamp.from(scope.end(period)));
        String row = scope.province() ? "p.commune_id" : "coalesce(p.village_id, 0)";
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.query("select " + row + ", count(*), "
                + "sum(case when o.status = 'DELIVERED' then 1 else 0 end), "
                + "sum(case when o.status = 'UNDELIVERED' and o.last_error like '%busy%' then 1 else 0 end), "
                + "sum(case when o.status = 'UNDELIVERED' and o.last_error like '%no-answer%' then 1 else 0 end), "
                + "sum(case when o.status = 'FAILED' then 1 else 0 end), "
                + "sum(case when o.status = 'DELIVERED' then coalesce(o.segments, 1) else 0 end) "
                + "from person p join outbound_message o on o.person_id = p.id where " + scope.where("p", "village_id")
                + " and o.channel = 'VOICE' and o.sent_at >= ? and o.sent_at < ? group by " + row,
                rs -> {
                    counts.put(rs.getLong(1), new long[] {rs.getLong(2), 0, rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7)});
                }, args.toArray());
        jdbc.query("select " + row + ", count(*) from person p join inbound_message i on i.person_id = p.id where "
                + scope.where("p", "village_id") + " and i.channel = 'VOICE' and i.received_at >= ? and i.received_at < ? "
                + "group by " + row,
                rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new long[7])[1] += rs.getLong(2);
                }, args.toArray());
        Map<Long, CallFigures> result = new HashMap<>();
        counts.forEach((key, c) -> result.put(key, new CallFigures((int) c[0], (int) c[1], (int) c[2], (int) c[3],
                (int) c[4], (int) c[5], c[6], costs.of(c[0], c[6]))));
        return result;
    }

    private static String villageFilter(ReportScope scope) {
        return scope.where("v", "id");
    }

    private static Object[] prepend(List<Object> args, Object... first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(args);
        return all.toArray();
    }
}
