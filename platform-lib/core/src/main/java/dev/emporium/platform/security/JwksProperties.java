package dev.emporium.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service keeps identity's JWKS ({@code emporium.security.jwks.*}).
 *
 * @param cacheTtl how long a fetched key set is used before it is fetched again; identity publishes a new key
 *     longer than this before signing with it, so a rotation never meets a stale cache
 * @param refreshCooldown a token with a key id the cached set lacks refetches the set at most once per this
 *     period, so a flood of forged key ids cannot turn every request into a JWKS fetch
 */
@ConfigurationProperties("emporium.security.jwks")
public record JwksProperties(@DefaultValue("5m") Duration cacheTtl, @DefaultValue("30s") Duration refreshCooldown) {
}
