package vn.keng.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;


/**
 * A Spring test of the core on the real database and Redis (H2 and embedded Redis by default, PostgreSQL
 * and Redis with -Pintegration), with SMS and Telegram faked at the channel SPI. One shared context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class, properties = {"keng.demo.enabled=false",
        "keng.messaging.backoff-base=PT0.05S", "keng.messaging.sweep-interval=PT0.2S",
        "keng.messaging.sms-rate=1000", "keng.messaging.telegram-rate=1000"})
@Import({FakeChannels.class, RedisFaults.class})
public @interface CoreTest {
}
