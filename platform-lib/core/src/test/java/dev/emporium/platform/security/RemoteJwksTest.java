package dev.emporium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import dev.emporium.testsupport.MutableClock;
import dev.emporium.testsupport.TestJwksServer;
import dev.emporium.testsupport.TestJwts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** How a service fetches identity's JWKS: cached, and refetched for unknown key ids at most once per cooldown. */
class RemoteJwksTest {

    static final Duration COOLDOWN = Duration.ofSeconds(30);
    static final RSAKey CURRENT = TestJwts.newKey("current");

    final TestJwksServer jwks = new TestJwksServer(CURRENT);
    final MutableClock clock = MutableClock.startingNow();
    final JwtDecoder decoder = SecurityAutoConfiguration.remoteJwtDecoder(jwks.uri(),
            new JwksProperties(Duration.ofMinutes(5), COOLDOWN), clock);

    @AfterEach
    void stop() {
        jwks.close();
    }

    @Test
    void fetchesTheKeySetOnceForAFloodOfUnknownKeyIds() throws Exception {
        decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID()));
        List<String> forged = IntStream.range(0, 300).mapToObj(i -> TestJwts.get().withUnknownKeyId(UUID.randomUUID())).toList();

        List<Throwable> outcomes = decodeConcurrently(forged);

        assertThat(outcomes).hasSize(300).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(BadJwtException.class));
        assertThat(jwks.fetches()).isEqualTo(1);
    }

    @Test
    void refetchesForUnknownKeyIdsAtMostOncePerCooldown() {
        decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID()));
        for (int period = 0; period < 5; period++) {
            clock.advance(COOLDOWN);
            for (int i = 0; i < 20; i++) {
                String forged = TestJwts.get().withUnknownKeyId(UUID.randomUUID());
                assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
            }
        }

        assertThat(jwks.fetches()).isEqualTo(1 + 5);
    }

    @Test
    void acceptsATokenSignedByANewlyPublishedKeyOnceTheCooldownIsOver() {
        decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID()));
        RSAKey next = TestJwts.newKey("next");
        jwks.publish(CURRENT, next);
        String signedByNext = TestJwts.signedBy(next, UUID.randomUUID());
        assertThatThrownBy(() -> decoder.decode(TestJwts.get().withUnknownKeyId(UUID.randomUUID())))
                .isInstanceOf(BadJwtException.class);

        clock.advance(COOLDOWN);

        assertThat(decoder.decode(signedByNext).getSubject()).isNotBlank();
        assertThat(decoder.decode(TestJwts.signedBy(CURRENT, UUID.randomUUID())).getSubject()).isNotBlank();
    }

    private List<Throwable> decodeConcurrently(List<String> tokens) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            List<Future<Throwable>> results = new ArrayList<>();
            for (String token : tokens) {
                results.add(threads.submit(() -> {
                    try {
                        decoder.decode(token);
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        }
    }
}
