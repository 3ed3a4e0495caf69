package vn.keng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every migration applies to an empty database of each vendor Keng runs on. */
class MigrationTest {

    private static final String[] TABLES = {"commune", "village", "gong_point", "gong_signal", "person", "person_role",
            "household", "safety_group", "duty_roster", "duty_roster_member", "qrtz_job_details", "qrtz_triggers",
            "qrtz_locks", "event_publication", "report_night", "report_patrol", "report_incident"};

    @Test
    void allMigrationsApplyToAnEmptyH2InPostgresMode() throws SQLException {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(tables(c, "public")).contains(TABLES);
        }
    }

    @Test
    @Tag("postgres")
    void allMigrationsApplyToAnEmptyPostgresSchema() throws SQLException {
        String url = System.getProperty("keng.it.db-url", "jdbc:postgresql://127.0.0.1:5432/test");
        if (!url.startsWith("jdbc:postgresql:")) {
            url = "jdbc:postgresql://127.0.0.1:5432/test";
        }
        String user = System.getProperty("spring.datasource.username", "postgres");
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
            }
            try {
                MigrateResult result = Flyway.configure().dataSource(url, user, "").schemas(schema)
                        .defaultSchema(schema).createSchemas(false)
                        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load()
                        .migrate();

                assertThat(result.success).isTrue();
                assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
                assertThat(tables(c, schema)).contains(TABLES);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("drop schema " + schema + " cascade");
                }
            }
        }
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }
}
