package dev.emporium.identity.keys;

import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.emporium.platform.security.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Identity checks its own tokens against its key store directly, not over HTTP to itself. */
@Configuration(proxyBeanMethods = false)
class TokenVerification {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        JWKSource<SecurityContext> source = (JWKSelector selector, SecurityContext context) ->
                selector.select(keys.verificationKeys());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(source).build();
        decoder.setJwtValidator(SecurityAutoConfiguration.tokenValidator());
        return decoder;
    }
}
