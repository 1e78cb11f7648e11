package vn.vanthu.distribution.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The links units open from their e-mail (confirm receipt, download a large file) need no login: their HMAC
 * signature, expiry and single purpose are the authorisation, checked by {@code SignedLinks}.
 */
@Configuration
class PublicLinksSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain signedLinksSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/xac-nhan/**", "/tai-ve/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
