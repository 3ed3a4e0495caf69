package vn.keng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The application modules depend on each other only through their published API, without cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(KengApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("registry", "platform", "messaging", "conversation", "admin", "demo");

        modules.verify();
    }
}
