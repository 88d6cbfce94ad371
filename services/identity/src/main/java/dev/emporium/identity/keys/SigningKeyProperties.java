package dev.emporium.identity.keys;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.identity.signing-key.*}.
 *
 * @param rotationPeriod how long a key signs before the next one takes over
 * @param publishAhead how long a new key is in the JWKS before it signs; must exceed every JWKS cache: services
 *     and the gateway keep the set 5 minutes ({@code emporium.security.jwks.cache-ttl}) and the response may sit
 *     5 more minutes in an HTTP cache ({@code Cache-Control: max-age=300}), so no verifier meets a token whose
 *     key it has not fetched
 * @param checkInterval how often a replica checks whether a rotation or a key take-over is due
 */
@ConfigurationProperties("emporium.identity.signing-key")
public record SigningKeyProperties(
        @DefaultValue("30d") Duration rotationPeriod,
        @DefaultValue("15m") Duration publishAhead,
        @DefaultValue("1m") Duration checkInterval) {

    public SigningKeyProperties {
        if (publishAhead.compareTo(rotationPeriod) >= 0) {
            throw new IllegalArgumentException("signing-key.publish-ahead must be shorter than signing-key.rotation-period");
        }
    }
}
