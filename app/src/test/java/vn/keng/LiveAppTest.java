package vn.keng;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a real port, as a browser or curl meets it: demo data, the simulator,
 * an administrator and a viewer ({@link TestUsers}). Every test class using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"keng.admin.username=" + TestUsers.ADMIN,
        "keng.admin.password=" + TestUsers.PASSWORD, "keng.admin.viewer-username=" + TestUsers.VIEWER,
        "keng.admin.viewer-password=" + TestUsers.PASSWORD, "keng.demo.enabled=true", "keng.simulator.enabled=true"})
public @interface LiveAppTest {
}
