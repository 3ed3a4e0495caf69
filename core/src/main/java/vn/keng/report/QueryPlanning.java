package vn.keng.report;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Planner settings for the report's transaction, PostgreSQL only ({@code set local}: the report's
 * own read-only transaction, nothing else):
 * <ul>
 * <li>JIT off: the report's aggregates over a province have high estimated costs, so the server
 * compiled them with JIT, 100-200 ms of compilation per query for scans that take less;
 * <li>custom plans always: the driver prepares a statement run often (a commune's report runs the
 * same SQL for every commune), and a generic plan does not know the period's dates or how many
 * communes the scope holds, so it may walk 150 communes' indexes one by one where a parallel scan
 * is faster. Planning a report query takes about a millisecond.
 * </ul>
 * H2 has no such settings.
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
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
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
