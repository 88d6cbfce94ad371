package dev.emporium.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import dev.emporium.testsupport.MutableClock;
import dev.emporium.testsupport.TestJwksServer;
import dev.emporium.testsupport.TestJwts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** How the gateway fetches identity's JWKS: cached, and refetched for unknown key ids at most once per cooldown. */
class JwksKeySourceTest {

    static final Duration COOLDOWN = Duration.ofSeconds(30);
    static final RSAKey CURRENT = TestJwts.newKey("current");

    final TestJwksServer jwks = new TestJwksServer(CURRENT);
    final MutableClock clock = MutableClock.startingNow();
    final ReactiveJwtDecoder decoder = JwtDecoderConfiguration.decoder(jwks.uri(),
            new JwksProperties(Duration.ofMinutes(5), COOLDOWN), clock);

    @AfterEach
    void stop() {
        jwks.close();
    }

    @Test
    void fetchesTheKeySetOnceForAFloodOfUnknownKeyIds() {
        decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID())).block();
        List<String> forged = IntStream.range(0, 300).mapToObj(i -> TestJwts.get().withUnknownKeyId(UUID.randomUUID())).toList();

        List<Throwable> outcomes = Flux.fromIterable(forged)
                .flatMap(token -> decoder.decode(token).map(jwt -> (Throwable) null).onErrorResume(Mono::just), 64)
                .collectList().block();

        assertThat(outcomes).hasSize(300).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(BadJwtException.class));
        assertThat(jwks.fetches()).isEqualTo(1);
    }

    @Test
    void refetchesForUnknownKeyIdsAtMostOncePerCooldown() {
        decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID())).block();
        for (int period = 0; period < 5; period++) {
            clock.advance(COOLDOWN);
            for (int i = 0; i < 20; i++) {
                String forged = TestJwts.get().withUnknownKeyId(UUID.randomUUID());
                assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);
            }
        }

        assertThat(jwks.fetches()).isEqualTo(1 + 5);
    }

    @Test
    void acceptsATokenSignedByANewlyPublishedKeyOnceTheCooldownIsOver() {
        decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID())).block();
        RSAKey next = TestJwts.newKey("next");
        jwks.publish(CURRENT, next);
        String signedByNext = TestJwts.signedBy(next, UUID.randomUUID());
        assertThatThrownBy(() -> decoder.decode(TestJwts.get().withUnknownKeyId(UUID.randomUUID())).block())
                .isInstanceOf(BadJwtException.class);

        clock.advance(COOLDOWN);

        assertThat(decoder.decode(signedByNext).block().getSubject()).isNotBlank();
        assertThat(decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID())).block().getSubject()).isNotBlank();
    }

    @Test
    void keepsTheLastKeySetWhenARefetchFails() {
        decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID())).block();
        jwks.close();
        clock.advance(Duration.ofMinutes(10));

        assertThat(decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID())).block().getSubject()).isNotBlank();
    }
}
