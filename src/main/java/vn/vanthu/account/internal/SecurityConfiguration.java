package vn.vanthu.account.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.vanthu.account.AccountProperties;
import vn.vanthu.account.AuditLog;

/**
 * HTTP Basic on {@code /api/**} (stateless, as the outside contract says), form login with CSRF for pages, the
 * health endpoint, static files and the OpenAPI description open; one authentication manager that locks accounts
 * after wrong passwords; the {@link AccountGate} on both chains.
 */
@Configuration
@EnableConfigurationProperties(AccountProperties.class)
class SecurityConfiguration {

    private static final String[] OPEN = {
        "/login",
        "/actuator/health",
        "/actuator/health/**",
        "/css/**",
        "/js/**",
        "/error",
        "/favicon.ico",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/v3/api-docs.yaml",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/openapi.yaml"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            AccountRows rows,
            AccountStateRows state,
            AuditLog audit,
            AccountProperties properties) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new LockingAuthenticationProvider(passwords, rows, state, audit, properties));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManager manager,
            JsonAuthenticationEntryPoint entryPoint,
            JsonAccessDeniedHandler denied,
            AccountRows rows,
            AccountStateRows state,
            AccountProperties properties)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(
                        new AccountGate(rows, state, true, properties.temporaryPasswordBlocksApi()),
                        AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            AuthenticationManager manager,
            LoginHandlers handlers,
            AccountRows rows,
            AccountStateRows state)
            throws Exception {
        return http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.requestMatchers(OPEN)
                        .permitAll()
                        .requestMatchers(
                                "/admin/audit/**", "/admin/mailboxes/**", "/admin/settings/**", "/admin/quarantine/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/admin/**")
                        .hasAnyRole("ADMIN", "CLERK")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(handlers.success())
                        .failureHandler(handlers.failure())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .addFilterBefore(new AccountGate(rows, state, false, true), AuthorizationFilter.class)
                .build();
    }
}
