package vn.keng.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;

import vn.keng.admin.ProblemResponses;

/**
 * The simulator's own security chain, ahead of the admin API's: open to anyone beside no real
 * provider, the administrator's HTTP Basic login otherwise (see {@link SimulatorAccess}). Credentials
 * sent to an open simulator are still checked, so an administrator sees phone numbers unmasked.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("keng.simulator.enabled")
class SimulatorSecurity {

    private static final Logger log = LoggerFactory.getLogger(SimulatorSecurity.class);

    @Bean
    SimulatorAccess simulatorAccess(Environment env) {
        SimulatorAccess access = SimulatorAccess.of(env);
        if (access.open()) {
            log.info("Simulator open at /simulator: no real provider in use (phone numbers masked without credentials)");
        } else {
            log.warn("Simulator enabled beside real providers ({}): /simulator requires the admin login",
                    String.join(", ", access.realProviders()));
        }
        return access;
    }

    @Bean
    @Order(1)
    SecurityFilterChain simulatorFilterChain(HttpSecurity http, SimulatorAccess access) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.securityMatcher("/simulator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> {
                    if (access.open()) {
                        auth.anyRequest().permitAll();
                    } else {
                        auth.anyRequest().hasRole("ADMIN");
                    }
                });
        return http.build();
    }

    /** Whether the current caller sent valid credentials (administrator or viewer). */
    static boolean authenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
