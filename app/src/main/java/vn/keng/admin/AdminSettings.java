package vn.keng.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credentials of the admin API. The administrator may do everything; the optional viewer may only
 * read. Passwords come from the environment ({@code KENG_ADMIN_PASSWORD}) and never show in logs.
 */
@ConfigurationProperties("keng.admin")
record AdminSettings(String username, String password, String viewerUsername, String viewerPassword) {

    static final String DEMO_USERNAME = "admin";
    static final String DEMO_PASSWORD = "keng-demo";

    boolean configured() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }

    boolean viewerConfigured() {
        return viewerUsername != null && !viewerUsername.isBlank() && viewerPassword != null && !viewerPassword.isBlank();
    }

    @Override
    public String toString() {
        return "AdminSettings[username=" + username + ", password=***, viewerUsername=" + viewerUsername
                + ", viewerPassword=***]";
    }
}
