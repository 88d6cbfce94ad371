package dev.emporium.identity.keys;

import static dev.emporium.identity.keys.KeyDatabase.ACCESS_TOKEN_TTL;
import static dev.emporium.identity.keys.KeyDatabase.PROPERTIES;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import dev.emporium.testsupport.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Key rotation on a database of its own, with a clock moved by hand and replicas racing each other. */
class SigningKeyRotationTest {

    static final String KEK = TestKeyEncryptionKey.generate();

    final KeyDatabase db = KeyDatabase.fresh();
    final MutableClock clock = MutableClock.startingNow();
    final SigningKeys keys = db.replica(KEK, clock);

    @Test
    void publishesTheNextKeyBeforeItSigns() {
        String first = keys.current().getKeyID();

        SigningKeys.Rotation next = keys.rotate();

        assertThat(next.kid()).isNotEqualTo(first);
        assertThat(next.activatesAt()).isEqualTo(clock.instant().plus(PROPERTIES.publishAhead()));
        assertThat(publishedKids()).contains(first, next.kid());
        assertThat(keys.current().getKeyID()).isEqualTo(first);
        clock.advance(PROPERTIES.publishAhead().minusSeconds(1));
        assertThat(keys.current().getKeyID()).isEqualTo(first);
    }

    @Test
    void signsWithTheNextKeyOnceItHasBeenPublishedLongEnough() {
        String first = keys.current().getKeyID();
        SigningKeys.Rotation next = keys.rotate();

        clock.advance(PROPERTIES.publishAhead());

        assertThat(keys.current().getKeyID()).isEqualTo(next.kid());
        keys.rotateWhenDue();
        assertThat(keys.list()).extracting(SigningKeys.KeyInfo::kid, SigningKeys.KeyInfo::state, SigningKeys.KeyInfo::retiresAt)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(next.kid(), SigningKeyState.ACTIVE, null),
                        org.assertj.core.groups.Tuple.tuple(first, SigningKeyState.RETIRED,
                                next.activatesAt().plus(ACCESS_TOKEN_TTL).plus(Duration.ofMinutes(5))));
    }

    @Test
    void keepsARetiredKeyPublishedUntilItsLastTokenHasExpired() {
        String first = keys.current().getKeyID();
        keys.rotate();
        clock.advance(PROPERTIES.publishAhead());
        keys.rotateWhenDue();

        clock.advance(ACCESS_TOKEN_TTL);
        assertThat(publishedKids()).contains(first);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        keys.rotateWhenDue();
        assertThat(publishedKids()).doesNotContain(first);
    }

    @Test
    void rotatesOnScheduleSoTheNextKeySignsWhenTheRotationPeriodIsUp() {
        keys.current();
        clock.advance(PROPERTIES.rotationPeriod().minus(PROPERTIES.publishAhead()).minusMinutes(1));
        keys.rotateWhenDue();
        assertThat(db.count("state = 'PENDING'")).isZero();

        clock.advance(Duration.ofMinutes(1));
        keys.rotateWhenDue();
        keys.rotateWhenDue();

        assertThat(db.count("state = 'PENDING'")).isEqualTo(1);
        assertThat(db.count("true")).isEqualTo(2);
    }

    @Test
    void makesOneKeyWhenReplicasStartOnAnEmptyDatabaseTogether() throws Exception {
        List<SigningKeys> replicas = IntStream.range(0, 4).mapToObj(i -> db.replica(KEK, clock)).toList();

        Set<String> signing = concurrently(32, i -> replicas.get(i % replicas.size()).current().getKeyID());

        assertThat(signing).hasSize(1);
        assertThat(db.count("true")).isEqualTo(1);
    }

    @Test
    void rotatesOnceWhenManyReplicasRotateAtOnce() throws Exception {
        keys.current();
        clock.advance(PROPERTIES.rotationPeriod());
        List<SigningKeys> replicas = IntStream.range(0, 4).mapToObj(i -> db.replica(KEK, clock)).toList();

        for (int round = 0; round < 5; round++) {
            Set<String> rotatedTo = concurrently(24, i -> {
                SigningKeys replica = replicas.get(i % replicas.size());
                if (i % 2 == 0) {
                    replica.rotateWhenDue();
                    return "scheduled";
                }
                return replica.rotate().kid();
            });
            assertThat(rotatedTo).hasSize(2); // every admin call got the one pending key
        }

        assertThat(db.count("state = 'PENDING'")).isEqualTo(1);
        assertThat(db.count("true")).isEqualTo(2);
    }

    private Set<String> publishedKids() {
        return keys.publicKeys().getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
    }

    private interface Task {
        String run(int index) throws Exception;
    }

    private static Set<String> concurrently(int calls, Task task) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                results.add(threads.submit((Callable<String>) () -> task.run(index)));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            return Set.copyOf(outcomes);
        }
    }
}
