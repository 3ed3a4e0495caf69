package vn.keng.report;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Planner settings for the report's transaction. On PostgreSQL the report's aggregates over a
 * province have high estimated costs, so the server compiles them with JIT: 100-200 ms of
 * compilation per query for scans that take less. {@code set local} turns JIT off for the report's
 * own read-only transaction only. H2 has no such setting.
 */
@Component
class QueryPlanning {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    QueryPlanning(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the report's transaction, before its queries. */
    void forReport() {
        if (postgres()) {
            jdbc.execute("set local jit = off");
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(jdbc.execute(
                    (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
