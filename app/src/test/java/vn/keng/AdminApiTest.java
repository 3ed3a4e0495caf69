package vn.keng;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application with MockMvc, an administrator and a viewer ({@link TestUsers}), and the
 * demo data (loaded on PostgreSQL too, where it is off by default). Every test class using it
 * shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"keng.admin.username=" + TestUsers.ADMIN, "keng.admin.password=" + TestUsers.PASSWORD,
        "keng.admin.viewer-username=" + TestUsers.VIEWER, "keng.admin.viewer-password=" + TestUsers.PASSWORD,
        "keng.demo.enabled=true"})
@AutoConfigureMockMvc
public @interface AdminApiTest {
}
