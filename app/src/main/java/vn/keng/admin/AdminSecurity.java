package vn.keng.admin;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.DispatcherType;

/**
 * HTTP Basic for the admin API: 401 without credentials, 403 for a viewer who tries to change
 * something, both as problem+json ({@link ProblemResponses}). Webhooks authenticate by their own
 * signatures; health stays open for load balancers. Any other path is left to Spring MVC, which
 * answers 404 problem+json for what it does not serve (no static resources outside the simulator).
 * The simulator, when enabled, has a chain of its own ({@code vn.keng.simulator.SimulatorSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurity {

    private static final Logger log = LoggerFactory.getLogger(AdminSecurity.class);

    @Bean
    SecurityFilterChain adminFilterChain(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        // the error page only as an error dispatch: requested directly it would answer 500
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/webhooks/**", "/actuator/health/**").permitAll()
                        .requestMatchers("/", "/favicon.ico").permitAll() // the simulator has its own chain
                        .requestMatchers("/api/docs/**", "/v3/api-docs/**", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/**").hasAnyRole("ADMIN", "VIEWER")
                        .requestMatchers("/api/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/error").denyAll() // only as an error dispatch (above)
                        .anyRequest().permitAll()); // nothing else is served: 404 problem+json
        return http.build();
    }

    @Bean
    UserDetailsService adminUsers(AdminSettings settings, @Value("${keng.embedded:false}") boolean embedded) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<UserDetails> users = new ArrayList<>();
        if (settings.configured()) {
            users.add(User.withUsername(settings.username()).password(encoder.encode(settings.password()))
                    .roles("ADMIN").build());
        } else if (embedded) {
            log.warn("""

                    ************************************************************************
                    *  No KENG_ADMIN_USERNAME / KENG_ADMIN_PASSWORD set: the admin API uses  *
                    *  the DEMO credentials  admin / keng-demo  (embedded default only).    *
                    *  Set both variables before this service holds real data.             *
                    ************************************************************************""");
            users.add(User.withUsername(AdminSettings.DEMO_USERNAME)
                    .password(encoder.encode(AdminSettings.DEMO_PASSWORD)).roles("ADMIN").build());
        } else {
            throw new IllegalStateException("keng.admin.username and keng.admin.password (KENG_ADMIN_USERNAME, "
                    + "KENG_ADMIN_PASSWORD) must be set outside the embedded default");
        }
        if (settings.viewerConfigured()) {
            users.add(User.withUsername(settings.viewerUsername()).password(encoder.encode(settings.viewerPassword()))
                    .roles("VIEWER").build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
