package vn.keng;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration root the sms-gateway module's slice tests start from. */
@SpringBootApplication
public class SmsTestApplication {
}
