package vn.keng;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the embedded default the service never runs with demo credentials. */
class StartupRefusalTest {

    @Test
    void aDatabaseUrlWithoutAdminCredentialsStopsTheStartWithAClearMessage() {
        String url = "jdbc:h2:mem:refusal-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

        assertThatThrownBy(() -> new SpringApplicationBuilder(KengApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--keng.admin.username=",
                "--keng.admin.password=", "--server.port=0", "--keng.redis.url=redis://127.0.0.1:6379"))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KENG_ADMIN_USERNAME")
                .hasMessageContaining("KENG_ADMIN_PASSWORD")
                .hasMessageContaining("must be set outside the embedded default");
    }
}
