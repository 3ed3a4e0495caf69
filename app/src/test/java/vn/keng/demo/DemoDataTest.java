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
        assertThat(jdbc.queryForList("select r.role from person p join person_role r on r.person_id = p.id"
                + " where p.commune_id = ?", String.class, commune)).contains("OFFICIAL", "POLICE", "STRIKER");
    }

    private List<Long> counts() {
        return List.of("commune", "village", "gong_point", "gong_signal", "household", "person", "safety_group",
                "duty_roster").stream().map(t -> jdbc.queryForObject("select count(*) from " + t, Long.class)).toList();
    }
}
