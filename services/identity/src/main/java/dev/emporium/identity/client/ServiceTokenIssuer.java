package dev.emporium.identity.client;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.emporium.identity.keys.TokenSigner;
import dev.emporium.platform.api.TokenClaims;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Mints a service's access token: the platform's issuer and audience, {@code sub} and {@code client_id} the
 * service's name, {@code token_use=service} (which no user token has, so a service token is never mistaken for a
 * user's) and the granted {@code scope}; no roles.
 */
@Component
class ServiceTokenIssuer {

    private final TokenSigner signer;
    private final ServiceClientRegistry registry;
    private final Clock clock;

    ServiceTokenIssuer(TokenSigner signer, ServiceClientRegistry registry, Clock clock) {
        this.signer = signer;
        this.registry = registry;
        this.clock = clock;
    }

    TokenResponse issue(String clientId, List<String> scopes) {
        Instant now = Instant.now(clock);
        String scope = String.join(" ", scopes);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .audience(TokenClaims.AUDIENCE)
                .subject(clientId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(registry.serviceTokenTtl())))
                .claim(TokenClaims.CLIENT_ID, clientId)
                .claim(TokenClaims.TOKEN_USE, TokenClaims.TOKEN_USE_SERVICE)
                .claim(TokenClaims.SCOPE, scope)
                .build();
        return new TokenResponse(signer.sign(claims), "Bearer", registry.serviceTokenTtl().toSeconds(), scope);
    }
}
