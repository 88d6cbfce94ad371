package dev.emporium.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetSourceWrapper;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Fetches the key set at most once per cooldown; within it, the last fetched set is served again. Nimbus's own
 * {@code RateLimitedJWKSetSource} allows two fetches per interval and then throws, which Spring Security reports
 * as a server error (500) rather than an invalid token (401): here an unknown key id simply finds no key.
 * Until a first set has been fetched, a failed fetch may be retried after {@link #FIRST_FETCH_RETRY}.
 */
public class CooldownJwkSetSource<C extends SecurityContext> extends JWKSetSourceWrapper<C> {

    static final Duration FIRST_FETCH_RETRY = Duration.ofSeconds(1);

    private final Duration cooldown;
    private final Clock clock;
    private JWKSet last;
    private Instant lastAttempt;

    public CooldownJwkSetSource(JWKSetSource<C> source, Duration cooldown, Clock clock) {
        super(source);
        this.cooldown = cooldown;
        this.clock = clock;
    }

    @Override
    public synchronized JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, C context)
            throws KeySourceException {
        Instant now = clock.instant();
        if (lastAttempt != null && now.isBefore(lastAttempt.plus(last == null ? FIRST_FETCH_RETRY : cooldown))) {
            if (last == null) {
                throw new KeySourceException("The JWKS could not be fetched; next attempt after "
                        + lastAttempt.plus(FIRST_FETCH_RETRY));
            }
            return last;
        }
        lastAttempt = now;
        last = getSource().getJWKSet(JWKSetCacheRefreshEvaluator.forceRefresh(), currentTime, context);
        return last;
    }
}
