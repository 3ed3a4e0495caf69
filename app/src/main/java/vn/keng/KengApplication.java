package vn.keng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Keng: the nightly peace gong and the fire-safety groups of Vietnamese communes, by chat and SMS. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KengApplication {

    public static void main(String[] args) {
        SpringApplication.run(KengApplication.class, args);
    }
}
