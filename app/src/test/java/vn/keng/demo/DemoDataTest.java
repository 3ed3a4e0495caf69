package vn.keng.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.AdminApiTest;

@AdminApiTest
class DemoDataTest {

    @Autowired DemoData demo;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theDemoCommuneIsLoadedOnceHoweverOftenTheServiceStarts() throws Exception {
        List<Long> before = counts();

        demo.run(null);
        demo.run(null);

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from commune where name = ?", Long.class, DemoData.COMMUNE))
                .isEqualTo(1);
        Long commune = jdbc.queryForObject("select id from commune where name = ?", Long.class, DemoData.COMMUNE);
        assertThat(jdbc.queryForObject("select count(*) from village where commune_id = ?", Long.class, commune))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from safety_group g join village v on v.id = g.village_id"
                + " where v.commune_id = ?", Long.class, commune)).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from gong_point g join village v on v.id = g.village_id"
                + " join duty_roster r on r.gong_point_id = g.id where v.commune_id = ?", Long.class, commune))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from household h join village v on v.id = h.village_id"
                + " where v.commune_id = ? and h.group_id is null", Long.class, commune))
                .as("every household is in a group but one, left out to show the coverage warning").isEqualTo(1);
        assertThat(jdbc.queryForList("select r.role from person p join person_role r on r.person_id = p.id"
                + " where p.commune_id = ?", String.class, commune)).contains("OFFICIAL", "POLICE", "STRIKER");
    }

    @Test
    void anInstanceThatLosesTheFirstStartRaceStartsAnyway() throws Exception {
        demo.run(null);
        List<Long> before = counts();

        demo.load(false); // it checked before the other instance committed, then meets its commune

        assertThat(counts()).isEqualTo(before);
    }

    /** What the demo commune holds (other test runs may share the database and write beside us). */
    private List<Long> counts() {
        String inDemo = " where v.commune_id in (select id from commune where name = '" + DemoData.COMMUNE + "')";
        return List.of("select count(*) from commune where name = '" + DemoData.COMMUNE + "'",
                "select count(*) from village v" + inDemo,
                "select count(*) from gong_point g join village v on v.id = g.village_id" + inDemo,
                "select count(*) from gong_signal s join village v on v.id = s.village_id" + inDemo,
                "select count(*) from household h join village v on v.id = h.village_id" + inDemo,
                "select count(*) from safety_group g join village v on v.id = g.village_id" + inDemo,
                "select count(*) from person v" + inDemo,
                "select count(*) from duty_roster r join gong_point g on g.id = r.gong_point_id"
                        + " join village v on v.id = g.village_id" + inDemo)
                .stream().map(sql -> jdbc.queryForObject(sql, Long.class)).toList();
    }
}
