package vn.keng.testing;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The core modules as an application, for the core's Spring tests. It lives outside the root
 * package on purpose: other modules' tests see the core test jar, and their own
 * {@code @SpringBootApplication} in {@code vn.keng} must stay the only one found there.
 */
@SpringBootApplication(scanBasePackages = "vn.keng")
@AutoConfigurationPackage(basePackages = "vn.keng")
public class CoreTestApplication {
}
