package vn.keng;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot configuration of core's own Spring tests (kept out of core's test-jar). */
@SpringBootApplication
public class CoreTestApplication {
}
