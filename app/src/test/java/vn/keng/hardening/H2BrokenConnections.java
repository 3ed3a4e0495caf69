package vn.keng.hardening;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool that an H2 connection whose line was cut is dead: H2 reports it as
 * "connection broken" (90067) or "database is already closed" (90121), SQL states the pool does not
 * know as connection errors (PostgreSQL's 08xxx are), so it would keep lending it.
 */
public class H2BrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return e.getErrorCode() == 90067 || e.getErrorCode() == 90121 ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
