package vn.keng;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core modules as an application, for the core's Spring tests. */
@SpringBootApplication
public class CoreTestApplication {
}
