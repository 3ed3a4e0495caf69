package vn.keng;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application of the scheduler module's tests. */
@SpringBootApplication
public class SchedulingTestApplication {
}
