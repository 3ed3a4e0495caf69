package vn.keng;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The credentials {@link AdminApiTest} configures. */
public final class TestUsers {

    public static final String ADMIN = "test-admin";
    public static final String VIEWER = "test-viewer";
    public static final String PASSWORD = "test-secret-1";

    private TestUsers() {
    }

    public static RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.httpBasic(ADMIN, PASSWORD);
    }

    public static RequestPostProcessor viewer() {
        return SecurityMockMvcRequestPostProcessors.httpBasic(VIEWER, PASSWORD);
    }
}
