package vn.keng;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The application the bot module's Spring tests start: the core and the Telegram adapter. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TelegramTestApplication {
}
