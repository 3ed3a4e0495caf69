package vn.keng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

import vn.keng.registry.Registry;

/**
 * Rules the module check cannot state: core knows nothing of Telegram, Zalo's adapter, Twilio or Quartz;
 * only platform talks to Redis.
 */
class ArchitectureTest {

    /** Every class of the keng-core jar (registry, platform, messaging, conversation, and any package added later). */
    private static JavaClasses coreClasses() throws Exception {
        Location core = Location.of(Registry.class.getProtectionDomain().getCodeSource().getLocation());
        return new ClassFileImporter().importLocations(List.of(core));
    }

    @Test
    void coreDependsOnNoChannelOrSchedulerLibrary() throws Exception {
        JavaClasses core = coreClasses();
        assertThat(core.stream().map(c -> c.getPackageName()))
                .contains("vn.keng.registry", "vn.keng.platform", "vn.keng.messaging")
                .noneMatch(p -> p.startsWith("vn.keng.telegram") || p.startsWith("vn.keng.sms") || p.startsWith("vn.keng.zalo")
                        || p.startsWith("vn.keng.scheduling") || p.startsWith("vn.keng.admin"));

        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "com.twilio..", "org.quartz..")
                .because("core is the domain; channels and scheduling are adapters around it").check(core);
    }

    @Test
    void onlyPlatformTalksToRedis() {
        JavaClasses keng = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.keng");
        assertThat(keng.stream().map(c -> c.getPackageName()))
                .contains("vn.keng.messaging", "vn.keng.report", "vn.keng.zalo", "vn.keng.telegram", "vn.keng.sms");
        noClasses().that().resideOutsideOfPackage("vn.keng.platform..").should().dependOnClassesThat()
                .resideInAPackage("redis.clients..")
                .because("Redis is behind platform's ports (SharedKeys, Signals, Limiter), written after the commit")
                .check(keng);
    }
}
