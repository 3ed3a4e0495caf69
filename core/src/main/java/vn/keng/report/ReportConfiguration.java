package vn.keng.report;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/**
 * The report's settings and its stand-in data sources. The duty and incident modules replace the
 * stand-ins by declaring a {@link GongRoundFigures} / {@link IncidentFigures} component.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
class ReportConfiguration {

    @Bean
    @Fallback
    @ConditionalOnMissingBean(GongRoundFigures.class)
    GongRoundFigures noGongRoundFigures() {
        return new NoGongRoundFigures();
    }

    @Bean
    @Fallback
    @ConditionalOnMissingBean(IncidentFigures.class)
    IncidentFigures noIncidentFigures() {
        return new NoIncidentFigures();
    }
}
