package vn.keng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ImportOption;

/** The application modules depend on each other only through their published API, without cycles. */
class ModularityTest {

    /** Production classes only: test classes and the core's test jar are not part of any module. */
    static final ImportOption PRODUCTION_ONLY = location -> !location.contains("/test-classes/")
            && !location.contains("-tests.jar");

    private final ApplicationModules modules = ApplicationModules.of(KengApplication.class, PRODUCTION_ONLY);

    @Test
    void modulesRespectTheirBoundaries() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("registry", "platform", "messaging", "conversation", "notice", "admin", "demo", "telegram", "sms",
                        "simulator", "zalo");

        modules.verify();
    }

    /**
     * The module canvases and diagrams (PlantUML, C4 style) of {@code docs/modules}, written afresh by
     * every build so that they stay true to the code; docs/architecture.md links them.
     */
    @Test
    void writesTheModuleDocumentationIntoDocs() {
        Path folder = Path.of("..", "docs", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();

        assertThat(folder.resolve("components.puml")).exists();
        assertThat(folder.resolve("module-messaging.puml")).exists();
        assertThat(folder.resolve("module-incident.adoc")).content().contains("`vn.keng.incident`");
    }
}
