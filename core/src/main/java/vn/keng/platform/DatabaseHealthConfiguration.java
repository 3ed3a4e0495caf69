package vn.keng.platform;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database's health ({@code db}), answering within 500 ms: a database that refuses connections
 * makes the connection pool wait its whole connection time-out (30 s), so the check is time-boxed
 * and reports DOWN when it has not answered. Replaces Spring Boot's own {@code db} indicator (same
 * name, same details).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    @Bean
    TimeBoxedHealthIndicator dbHealthIndicator(DataSource dataSource) {
        return new TimeBoxedHealthIndicator("db", new DataSourceHealthIndicator(dataSource), Duration.ofMillis(500),
                Status.DOWN);
    }
}
