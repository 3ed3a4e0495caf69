package vn.keng.duty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The rules of the round never see the scheduler nor a channel's SDK. */
class DutyArchitectureTests {

    private final JavaClasses duty = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.keng.duty");

    @Test
    void theDutyModuleKnowsNoQuartzTelegramOrTwilioType() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.quartz..", "org.telegram..", "com.twilio..")
                .check(duty);
    }
}
