package dev.emporium.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway keeps identity's JWKS ({@code emporium.security.jwks.*}, the same keys as platform-core's).
 *
 * @param cacheTtl how long a fetched key set is used before it is fetched again; identity publishes a new key
 *     longer than this before signing with it
 * @param refreshCooldown a token with a key id the cached set lacks refetches the set at most once per this period
 */
@ConfigurationProperties("emporium.security.jwks")
public record JwksProperties(@DefaultValue("5m") Duration cacheTtl, @DefaultValue("30s") Duration refreshCooldown) {
}
