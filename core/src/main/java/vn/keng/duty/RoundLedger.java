package vn.keng.duty;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which steps of which commune's night have run: the idempotency key of every scheduled step
 * (commune + night + step). A claim is an insert that does nothing on conflict, in the caller's
 * transaction: of two concurrent firings on two instances, the second waits for the first to
 * commit and then finds the step taken.
 */
@Component
class RoundLedger {

    private final JdbcTemplate jdbc;

    RoundLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true if this caller takes the step, false if it was taken before */
    boolean claim(long communeId, LocalDate night, RoundStep step, Instant at) {
        return jdbc.update("insert into round_step (commune_id, night, step, done_at) values (?, ?, ?, ?)"
                + " on conflict do nothing", communeId, Date.valueOf(night), step.name(), Timestamp.from(at)) == 1;
    }

    boolean taken(long communeId, LocalDate night, RoundStep step) {
        Integer count = jdbc.queryForObject("select count(*) from round_step where commune_id = ? and night = ? and step = ?",
                Integer.class, communeId, Date.valueOf(night), step.name());
        return count != null && count > 0;
    }
}
