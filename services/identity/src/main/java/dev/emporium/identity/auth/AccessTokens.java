package dev.emporium.identity.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.emporium.identity.IdentityProperties;
import dev.emporium.identity.keys.SigningKeys;
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

    private final SigningKeys keys;
    private final IdentityProperties properties;
    private final Clock clock;

    AccessTokens(SigningKeys keys, IdentityProperties properties, Clock clock) {
        this.keys = keys;
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
        RSAKey key = keys.current();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
    }
}
