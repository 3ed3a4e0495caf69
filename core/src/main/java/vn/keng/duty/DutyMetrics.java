package vn.keng.duty;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Each commune's latest night for operators, refreshed from the database every
 * {@code keng.metrics.refresh} (15 s): {@code keng_round_points{commune,status}} (gong points pending,
 * on time, late, missed, substitute, service down) and {@code keng_round_escalations{commune,step}}
 * (points whose night reached the backup, the village head, the police). A commune is tagged by its
 * id: a handful per instance, never a person.
 */
@Component
class DutyMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(DutyMetrics.class);

    private final JdbcTemplate jdbc;
    private volatile MultiGauge points;
    private volatile MultiGauge escalations;
    private volatile MeterRegistry registry;

    DutyMetrics(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setQueryTimeout(5);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        points = MultiGauge.builder("keng.round.points").description("Gong points of each commune's latest night by status")
                .register(registry);
        escalations = MultiGauge.builder("keng.round.escalations")
                .description("Gong points of each commune's latest night whose escalation reached a step")
                .register(registry);
        refreshFailures(registry);
    }

    private static Counter refreshFailures(MeterRegistry registry) {
        return Counter.builder("keng.metrics.refresh.failures").description("Metric refreshes the database refused")
                .tag("source", "duty").register(registry);
    }

    @Scheduled(fixedDelayString = "${keng.metrics.refresh:PT15S}", initialDelayString = "PT5S")
    void refresh() {
        if (registry == null) {
            return;
        }
        try {
            String latest = "d.night = (select max(n.night) from nightly_duty n where n.commune_id = d.commune_id)";
            List<MultiGauge.Row<?>> pointRows = new ArrayList<>();
            jdbc.query("select d.commune_id, d.status, count(*) from nightly_duty d where " + latest
                    + " group by d.commune_id, d.status", rs -> {
                        pointRows.add(MultiGauge.Row.of(Tags.of("commune", rs.getString(1),
                                "status", rs.getString(2).toLowerCase()), rs.getLong(3)));
                    });
            List<MultiGauge.Row<?>> stepRows = new ArrayList<>();
            jdbc.query("select d.commune_id, e.step, count(*) from duty_escalation e join nightly_duty d "
                    + "on d.id = e.duty_id where " + latest + " group by d.commune_id, e.step", rs -> {
                        stepRows.add(MultiGauge.Row.of(Tags.of("commune", rs.getString(1),
                                "step", rs.getString(2).toLowerCase()), rs.getLong(3)));
                    });
            points.register(pointRows, true);
            escalations.register(stepRows, true);
        } catch (RuntimeException e) {
            refreshFailures(registry).increment();
            log.debug("Round metrics not refreshed: {}", e.toString());
        }
    }
}
