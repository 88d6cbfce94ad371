package dev.emporium.identity.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.emporium.identity.IdentityProperties;
import dev.emporium.identity.keys.TokenSigner;
import dev.emporium.identity.user.User;
import dev.emporium.platform.api.TokenClaims;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Signs short-lived RS256 access tokens with the current signing key. */
@Component
class AccessTokens {

    private final TokenSigner signer;
    private final IdentityProperties properties;
    private final Clock clock;

    AccessTokens(TokenSigner signer, IdentityProperties properties, Clock clock) {
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    String issue(User user, UUID session) {
        Instant now = Instant.now(clock);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .audience(TokenClaims.AUDIENCE)
                .subject(user.id().toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.accessTokenTtl())))
                .claim(TokenClaims.EMAIL, user.email())
                .claim(TokenClaims.NAME, user.name())
                .claim(TokenClaims.ROLES, user.roles())
                .claim(TokenClaims.SESSION, session.toString())
                .build();
        return signer.sign(claims);
    }
}
