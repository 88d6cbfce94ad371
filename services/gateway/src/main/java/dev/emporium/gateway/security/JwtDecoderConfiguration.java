package dev.emporium.gateway.security;

import dev.emporium.platform.api.TokenClaims;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** RS256 tokens from identity: signature against its JWKS ({@link JwksKeySource}), expiry, issuer and audience. */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") URI jwkSetUri,
            JwksProperties jwks) {
        return decoder(jwkSetUri, jwks, Clock.systemUTC());
    }

    static NimbusReactiveJwtDecoder decoder(URI jwkSetUri, JwksProperties jwks, Clock clock) {
        HttpClient http = HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000)
                .responseTimeout(Duration.ofSeconds(5));
        WebClient web = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSource(new JwksKeySource(web, jwkSetUri, jwks.cacheTtl(), jwks.refreshCooldown(), clock))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(tokenValidator());
        return decoder;
    }

    /** Expiry (60 s skew), issuer and audience: a token minted for someone else is not ours. */
    static OAuth2TokenValidator<Jwt> tokenValidator() {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER),
                new JwtClaimValidator<List<String>>("aud", audience -> audience != null && audience.contains(TokenClaims.AUDIENCE))));
    }
}
