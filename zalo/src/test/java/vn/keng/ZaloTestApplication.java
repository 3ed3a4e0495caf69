package vn.keng;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The application the zalo module's Spring tests start: the core and the Zalo adapter. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZaloTestApplication {
}
