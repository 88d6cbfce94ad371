package dev.emporium.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code emporium.identity.*}. */
@ConfigurationProperties("emporium.identity")
public record IdentityProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue SigningKey signingKey,
        @DefaultValue LoginThrottle loginThrottle,
        @DefaultValue Admin admin) {

    /** @param rotationPeriod a signing key older than this is replaced by a new one */
    public record SigningKey(@DefaultValue("30d") Duration rotationPeriod) {
    }

    public record LoginThrottle(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("30") int maxFailuresPerClient,
            @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration block) {
    }

    /** The first admin, created at start if missing; production refuses to start without a password. */
    public record Admin(@DefaultValue("admin@emporium.local") String email, String password) {
    }
}
