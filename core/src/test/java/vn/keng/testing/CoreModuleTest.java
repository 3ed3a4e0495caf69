package vn.keng.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Modulith module slice of the core: the module of the test's package and the modules it
 * depends on (directly or not), no other; on the same database and Redis as {@link CoreTest} (H2 and
 * embedded Redis by default, PostgreSQL and Redis with -Pintegration), with SMS and Telegram faked
 * at the channel SPI. A test method may take a {@link org.springframework.modulith.test.Scenario}.
 * One context per module.
 * <p>
 * {@code conversation} is always included: messaging's inbound pipeline needs an
 * {@link vn.keng.messaging.InboundHandler}, which conversation implements (a dependency Modulith does
 * not count, as no bean of it is injected by type). The module structure itself is verified by
 * {@code ModularityTest} (app), on the whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, classes = CoreTestApplication.class,
        extraIncludes = "conversation", verifyAutomatically = false)
@TestPropertySource(properties = {"keng.demo.enabled=false", "keng.messaging.backoff-base=PT0.05S",
        "keng.messaging.sweep-interval=PT0.2S", "keng.messaging.sms-rate=1000", "keng.messaging.telegram-rate=1000"})
@Import({FakeChannels.class, RedisFaults.class})
public @interface CoreModuleTest {
}
