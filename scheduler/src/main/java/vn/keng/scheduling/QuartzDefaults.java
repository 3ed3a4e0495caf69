package vn.keng.scheduling;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Quartz on the JDBC job store, clustered, with the PostgreSQL delegate (it reads job data as
 * bytes, which H2 in PostgreSQL mode serves as well; the standard delegate silently fails on
 * PostgreSQL). Quartz never creates or drops its tables: Flyway owns them.
 */
public class QuartzDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.quartz.job-store-type", "jdbc");
        defaults.put("spring.quartz.jdbc.initialize-schema", "never");
        defaults.put("spring.quartz.overwrite-existing-jobs", true);
        String p = "spring.quartz.properties.org.quartz.";
        defaults.put(p + "scheduler.instanceName", "keng");
        defaults.put(p + "scheduler.instanceId", "AUTO");
        defaults.put(p + "jobStore.isClustered", true);
        defaults.put(p + "jobStore.clusterCheckinInterval", 10000);
        defaults.put(p + "jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        defaults.put(p + "jobStore.misfireThreshold", 60000);
        defaults.put(p + "threadPool.threadCount", 4);
        env.getPropertySources().addLast(new MapPropertySource("kengQuartzDefaults", defaults));
    }
}
