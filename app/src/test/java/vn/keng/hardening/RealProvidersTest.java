package vn.keng.hardening;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import vn.keng.TestUsers;

/**
 * The whole application on a random port as it runs beside real providers: Twilio (default route),
 * the Android gateway (route +1), Telegram and Zalo in webhook mode, and the simulator switched on. Every
 * provider API points at a closed local port, so nothing leaves the machine. Every test class
 * using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "keng.admin.username=" + TestUsers.ADMIN, "keng.admin.password=" + TestUsers.PASSWORD,
        "keng.admin.viewer-username=" + TestUsers.VIEWER, "keng.admin.viewer-password=" + TestUsers.PASSWORD,
        "keng.demo.enabled=true",
        "keng.simulator.enabled=true",
        "keng.sms.provider=twilio",
        "keng.sms.twilio.account-sid=" + RealProvidersTest.TWILIO_ACCOUNT,
        "keng.sms.twilio.auth-token=" + RealProvidersTest.TWILIO_TOKEN,
        "keng.sms.twilio.from=+15005550006",
        "keng.sms.twilio.public-url=" + RealProvidersTest.PUBLIC_URL,
        "keng.sms.twilio.api-url=http://127.0.0.1:9",
        "keng.sms.routes.1=android",
        "keng.sms.android.url=http://127.0.0.1:9",
        "keng.sms.android.username=fuzz",
        "keng.sms.android.password=fuzz-password",
        "keng.sms.android.signing-key=" + RealProvidersTest.ANDROID_KEY,
        "keng.telegram.mode=webhook",
        "keng.telegram.token=123456:fuzz-token",
        "keng.telegram.webhook-secret=" + RealProvidersTest.TELEGRAM_SECRET,
        "keng.telegram.api-url=http://127.0.0.1:9",
        "keng.telegram.connect-timeout=200ms",
        "keng.zalo.mode=webhook",
        "keng.zalo.token=1459232241454765289:fuzz-zalo-token",
        "keng.zalo.webhook-secret=fuzz-zalo-secret",
        "keng.zalo.api-url=http://127.0.0.1:9",
        "keng.zalo.connect-timeout=200ms"})
public @interface RealProvidersTest {

    String TWILIO_ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    String TWILIO_TOKEN = "fuzz-auth-token";
    String PUBLIC_URL = "https://keng.example.org";
    String ANDROID_KEY = "fuzz-signing-key";
    String TELEGRAM_SECRET = "fuzz-secret";
}
