package vn.keng.incident;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IncidentSettings.class, CallSettings.class})
class IncidentConfiguration {
}
