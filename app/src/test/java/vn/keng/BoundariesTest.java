package vn.keng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * What {@code ApplicationModules.verify()} cannot see: a module reaching into another module's data.
 * A module changes another module's data only through that module's services: it never calls a
 * write of another module's repository ({@code save…}, {@code delete…}, {@code flush}), and never
 * creates another module's entity, sets its fields or calls a method of it that returns nothing (a
 * change: {@code rename}, {@code optOutOfInfo}; a reader returns what it read). Which tables a
 * module may name in its queries is {@link TableOwnershipTest}'s part.
 */
class BoundariesTest {

    private static final Pattern REPOSITORY_WRITE = Pattern.compile("(save|delete|flush)\\w*");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ModularityTest.PRODUCTION_ONLY).importPackages("vn.keng");

    /** The module of a class: the package under vn.keng ("registry", "duty", "admin"...). */
    static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("vn.keng.")) {
            return null;
        }
        String rest = name.substring("vn.keng.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean acrossModules(JavaAccess<?> access) {
        String from = module(access.getOriginOwner());
        String to = module(access.getTargetOwner());
        return from != null && to != null && !from.equals(to);
    }

    static List<String> repositoryWritesAcrossModules(JavaClasses classes) {
        return classes.stream().flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(BoundariesTest::acrossModules)
                .filter(call -> call.getTargetOwner().isAssignableTo(Repository.class))
                .filter(call -> REPOSITORY_WRITE.matcher(call.getName()).matches())
                .map(JavaAccess::getDescription).distinct().sorted().toList();
    }

    static List<String> entityChangesAcrossModules(JavaClasses classes) {
        return classes.stream().flatMap(c -> c.getAccessesFromSelf().stream())
                .filter(BoundariesTest::acrossModules)
                .filter(access -> access.getTargetOwner().isAnnotatedWith(Entity.class))
                .filter(BoundariesTest::changes)
                .map(JavaAccess::getDescription).distinct().sorted().toList();
    }

    private static boolean changes(JavaAccess<?> access) {
        if (access instanceof JavaConstructorCall) {
            return true;
        }
        if (access instanceof JavaFieldAccess field) {
            return field.getAccessType() == JavaFieldAccess.AccessType.SET;
        }
        return access instanceof JavaMethodCall call
                && call.getTarget().getRawReturnType().getName().equals("void");
    }

    @Test
    void noModuleWritesThroughAnotherModulesRepository() {
        assertThat(repositoryWritesAcrossModules(CLASSES)).isEmpty();
    }

    @Test
    void noModuleChangesOrCreatesAnotherModulesEntities() {
        assertThat(entityChangesAcrossModules(CLASSES)).isEmpty();
    }

    /** The web layer (admin API, console, simulator, demo data) reads and writes through module services only. */
    @Test
    void theWebLayerUsesNoRepository() {
        noClasses().that().resideInAnyPackage("vn.keng.admin..", "vn.keng.console..", "vn.keng.simulator..",
                "vn.keng.demo..").should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("controllers call module services (Registry, RegistryReads, IncidentQueries...)")
                .check(CLASSES);
    }

    @Test
    void theRulesSeeAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(vn.keng.offender.Offender.class,
                vn.keng.victim.Ledger.class, vn.keng.victim.Ledger.Entry.class, vn.keng.registry.Person.class);
        assertThat(repositoryWritesAcrossModules(offender)).singleElement().asString().contains("Ledger.save");
        assertThat(entityChangesAcrossModules(offender)).anyMatch(d -> d.contains("Person.optOutOfInfo"));
        assertThat(entityChangesAcrossModules(offender)).noneMatch(d -> d.contains("getName"));
    }
}
