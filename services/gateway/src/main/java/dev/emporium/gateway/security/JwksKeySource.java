package dev.emporium.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Identity's public keys for the reactive decoder, cached for {@code cacheTtl}. A token whose key id the cached
 * set lacks triggers a refetch at most once per {@code refreshCooldown}; within the cooldown it simply finds no
 * key (401). Spring's reactive JWKS source refetches for every unknown key id, so a flood of forged key ids
 * became a flood of JWKS requests. Concurrent requests share one fetch; a failed fetch keeps the last good set.
 */
class JwksKeySource implements Function<SignedJWT, Flux<JWK>> {

    /** Until a first set has been fetched, a failed fetch is retried this soon rather than after the cooldown. */
    static final Duration FIRST_FETCH_RETRY = Duration.ofSeconds(1);

    private final WebClient http;
    private final URI jwkSetUri;
    private final Duration cacheTtl;
    private final Duration refreshCooldown;
    private final Clock clock;

    private Mono<JWKSet> keys;
    private Instant fetchStartedAt;
    private volatile JWKSet lastGood;

    JwksKeySource(WebClient http, URI jwkSetUri, Duration cacheTtl, Duration refreshCooldown, Clock clock) {
        this.http = http;
        this.jwkSetUri = jwkSetUri;
        this.cacheTtl = cacheTtl;
        this.refreshCooldown = refreshCooldown;
        this.clock = clock;
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        return keys(cacheTtl).flatMapMany(set -> {
            List<JWK> matching = selector.select(set);
            return matching.isEmpty()
                    ? keys(refreshCooldown).flatMapIterable(selector::select)
                    : Flux.fromIterable(matching);
        });
    }

    /** The current set, fetched again if the last fetch started at least {@code maxAge} ago. */
    private synchronized Mono<JWKSet> keys(Duration maxAge) {
        Instant now = clock.instant();
        Duration wait = lastGood == null ? FIRST_FETCH_RETRY : max(maxAge, refreshCooldown);
        if (keys == null || !now.isBefore(fetchStartedAt.plus(wait))) {
            fetchStartedAt = now;
            keys = fetch().cache();
        }
        return keys;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Mono<JWKSet> fetch() {
        return http.get().uri(jwkSetUri).retrieve().bodyToMono(String.class)
                .map(JwksKeySource::parse)
                .doOnNext(set -> lastGood = set)
                .onErrorResume(failure -> lastGood == null ? Mono.error(failure) : Mono.just(lastGood));
    }

    private static JWKSet parse(String json) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWKS is not a valid JWK set", e);
        }
    }
}
