package vn.keng.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The defaults every Keng process starts from, below anything configured. With no
 * {@code spring.datasource.url} the process runs on the <em>embedded default</em>: an H2 database
 * in PostgreSQL mode under {@code keng.data-dir} (default {@code ./data}), and
 * {@code keng.embedded=true}, which turns the demo data and the simulator on unless they are set.
 */
public class KengDefaults implements EnvironmentPostProcessor {

    public static final String EMBEDDED = "keng.embedded";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        boolean embedded = !env.containsProperty("spring.datasource.url")
                || env.getProperty("spring.datasource.url", "").isBlank();
        if (embedded) {
            String dataDir = env.getProperty("keng.data-dir", "./data");
            String file = Path.of(dataDir).toAbsolutePath().normalize().resolve("keng").toString();
            // "retry:" reopens the file when a thread is interrupted mid-write (shutdowns, test pollers)
            defaults.put("spring.datasource.url", "jdbc:h2:retry:" + file
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                    // closed by Spring after the dispatcher and Quartz stopped, not by H2's own shutdown hook before
                    + ";DB_CLOSE_ON_EXIT=FALSE");
            defaults.put("spring.datasource.username", "sa");
        }
        defaults.put(EMBEDDED, embedded);
        // SIGTERM: requests in progress finish, new ones get 503 (vn.keng.admin.Draining), then lifecycles stop
        // the sweeps (inbound recovery, widening, calls, metrics) must not wait for one another
        defaults.put("spring.task.scheduling.pool.size", 4);
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
        defaults.put("keng.demo.enabled", embedded);
        defaults.put("keng.simulator.enabled", embedded);
        defaults.put("spring.flyway.locations", "classpath:db/migration/common,classpath:db/migration/{vendor}");
        defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
        defaults.put("spring.jpa.open-in-view", false);
        defaults.put("spring.modulith.events.jdbc.schema-initialization.enabled", false);
        defaults.put("spring.modulith.events.republish-outstanding-events-on-restart", true);
        defaults.put("logging.level.opennlp", "WARN"); // the intent model's training logs every iteration at INFO
        env.getPropertySources().addLast(new MapPropertySource("kengDefaults", defaults));
    }
}
