package vn.keng;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application of the duty module's tests (core has no application of its own). */
@SpringBootApplication
public class DutyTestApplication {
}
