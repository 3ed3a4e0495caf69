package vn.keng.testing;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The core modules as an application, for the core's Spring tests. It lives outside the root
 * package on purpose: other modules' tests see the core test jar, and their own
 * {@code @SpringBootApplication} in {@code vn.keng} must stay the only one found there. For Spring
 * Modulith ({@link CoreModuleTest}) the application modules are the packages below {@code vn.keng}, and
 * {@code platform} (Redis, the clock) is in every module test.
 */
@SpringBootApplication(scanBasePackages = "vn.keng")
@Modulithic(additionalPackages = "vn.keng", sharedModules = "platform")
@AutoConfigurationPackage(basePackages = "vn.keng")
public class CoreTestApplication {
}
