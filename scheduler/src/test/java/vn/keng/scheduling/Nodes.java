package vn.keng.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.keng.SchedulingTestApplication;
import vn.keng.duty.DutyTestSupport;
import vn.keng.duty.RoundFixture;
import vn.keng.registry.Commune;
import vn.keng.registry.Registry;
import vn.keng.testing.FakeChannels;

/** Whole application instances started and stopped by a test, on the suite's database. */
final class Nodes {

    /** Quartz looks for misfired triggers this often; production keeps its 60 s. */
    static final String MISFIRE_THRESHOLD_MS = "2000";

    private Nodes() {
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SchedulingTestApplication.class, DutyTestSupport.class, FakeChannels.class)
                .properties("spring.quartz.properties.org.quartz.jobStore.misfireThreshold=" + MISFIRE_THRESHOLD_MS,
                        "spring.main.banner-mode=off", "keng.messaging.dispatcher.enabled=false")
                .run();
    }

    /**
     * A commune whose round is due now (gong time this minute, no reminder lead) and whose backup
     * step comes {@code backupIn} from now; the later steps come an hour later.
     */
    static RoundFixture communeDueNow(ConfigurableApplicationContext node, Duration backupIn) {
        Registry registry = node.getBean(Registry.class);
        return node.getBean(TransactionTemplate.class).execute(s -> {
            RoundFixture f = new RoundFixture(registry, "Asia/Ho_Chi_Minh");
            LocalDateTime now = LocalDateTime.now(f.zone);
            LocalTime gong = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
            Duration backup = Duration.between(now.truncatedTo(ChronoUnit.MINUTES), now).plus(backupIn)
                    .truncatedTo(ChronoUnit.SECONDS);
            Commune commune = registry.commune(f.commune);
            commune.changeGongTime(gong);
            commune.changeReminderLead(Duration.ZERO);
            Duration later = backup.plusHours(1);
            commune.changeEscalation(Duration.ofMinutes(10), backup, later, later, later);
            return f;
        });
    }

}
