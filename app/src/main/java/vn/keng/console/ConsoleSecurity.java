package vn.keng.console;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's own chain, ahead of the admin API's: form login and a session (the API keeps HTTP
 * Basic, stateless), CSRF tokens on every form, reads for the administrator and the viewer, writes
 * for the administrator only. Anonymous callers are sent to the login page.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity implements WebMvcConfigurer {

    static final String LOGIN = "/console/login";

    @Bean
    @Order(2)
    SecurityFilterChain consoleFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/console", "/console/**")
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/console/tonight", true)
                        .failureUrl(LOGIN + "?error").permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                        + "img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
                        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/console/assets/**", "/console/lang").permitAll()
                        .requestMatchers(HttpMethod.GET, "/console", "/console/**").hasAnyRole("ADMIN", "VIEWER")
                        .anyRequest().hasRole("ADMIN"));
        return http.build();
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ConsoleLocale();
    }

    /** The console's texts: {@code messages/console_vi.properties} and {@code _en}, Vietnamese when in doubt. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(ConsoleLocale.VIETNAMESE);
        return messages;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console/assets/**").addResourceLocations("classpath:/static/console/");
    }
}
