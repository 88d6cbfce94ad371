package dev.emporium.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.platform.web.ApiException;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Commands retried with an Idempotency-Key take effect once and answer the same every time. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class IdempotencyKeysTest {

    private static final String SCOPE = "POST /api/v1/samples";

    @Autowired IdempotencyKeys keys;
    @Autowired JdbcClient jdbc;

    /** The command under test: one row per execution, answered with its id. */
    private ResponseEntity<?> create(String key, String note) {
        return keys.execute(new IdempotentRequest(SCOPE, "caller-1", key, Map.of("note", note)), () -> {
            long id = jdbc.sql("INSERT INTO sample_effect (event_id, note) VALUES (:key, :note) RETURNING id")
                    .param("key", String.valueOf(key)).param("note", note).query(Long.class).single();
            return ResponseEntity.created(URI.create("/api/v1/samples/" + id)).eTag("\"1\"").body(Map.of("id", id));
        });
    }

    private long effects(String key) {
        return jdbc.sql("SELECT count(*) FROM sample_effect WHERE event_id = :key").param("key", key).query(Long.class).single();
    }

    @Test
    void answersARetryWithTheFirstAnswerAndTakesEffectOnce() {
        String key = UUID.randomUUID().toString();

        ResponseEntity<?> first = create(key, "once");
        ResponseEntity<?> retry = create(key, "once");

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode()).isEqualTo(first.getStatusCode());
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat((byte[]) retry.getBody()).isEqualTo((byte[]) first.getBody());
        assertThat(effects(key)).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        create(key, "first");

        assertThatThrownBy(() -> create(key, "second")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(422);
            assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        });
        assertThat(effects(key)).isEqualTo(1);
    }

    @Test
    void keepsTheKeysOfDifferentCallersApart() {
        String key = UUID.randomUUID().toString();
        create(key, "mine");

        keys.execute(new IdempotentRequest(SCOPE, "caller-2", key, Map.of("note", "mine")), () -> {
            jdbc.sql("INSERT INTO sample_effect (event_id, note) VALUES (:key, 'theirs')").param("key", key).update();
            return ResponseEntity.ok().build();
        });

        assertThat(effects(key)).isEqualTo(2);
    }

    @Test
    void forgetsAKeyWhoseCommandFailedSoItCanBeRetried() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> keys.execute(new IdempotentRequest(SCOPE, "caller-1", key, Map.of("note", "retry me")), () -> {
            jdbc.sql("INSERT INTO sample_effect (event_id, note) VALUES (:key, 'rolled back')").param("key", key).update();
            throw new IllegalStateException("the command failed after writing");
        })).isInstanceOf(IllegalStateException.class);

        ResponseEntity<?> retry = create(key, "retry me");

        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(effects(key)).isEqualTo(1);
    }

    @Test
    void runsEachKeyExactlyOnceUnderConcurrentRetries() throws Exception {
        int threads = 12;
        int iterations = 25;
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        List<String> usedKeys = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < iterations; i++) {
                String key = UUID.randomUUID().toString();
                usedKeys.add(key);
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<ResponseEntity<?>>> answers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        try {
                            return create(key, "race");
                        } catch (ApiException e) {
                            if (!e.code().equals("IDEMPOTENCY_KEY_IN_PROGRESS") || e.status().value() != 409) {
                                unexpected.add(e.code());
                            }
                            return null;
                        }
                    }));
                }
                List<String> locations = new ArrayList<>();
                for (Future<ResponseEntity<?>> answer : answers) {
                    ResponseEntity<?> response = answer.get();
                    if (response != null) {
                        locations.add(response.getStatusCode().value() + " " + response.getHeaders().getLocation());
                    }
                }
                assertThat(locations).isNotEmpty().containsOnly(locations.getFirst());
            }
        }

        assertThat(unexpected).isEmpty();
        assertThat(usedKeys).allSatisfy(key -> assertThat(effects(key)).as(key).isEqualTo(1));
    }

    @Test
    void refusesKeysThatAreEmptyTooLongOrHoldControlCharacters() {
        for (String bad : List.of("", "k".repeat(256), "line\nbreak", "tab\tbed", "with space")) {
            assertThatThrownBy(() -> create(bad, "x")).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status().value()).isEqualTo(400);
                assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
            });
            assertThat(effects(bad)).isZero();
        }
    }

    @Test
    void purgesExpiredKeysAfterWhichTheKeyIsNew() {
        String key = UUID.randomUUID().toString();
        create(key, "old");
        jdbc.sql("UPDATE platform.idempotency_key SET expires_at = now() - interval '1 second' WHERE idem_key = :key")
                .param("key", key).update();

        int purged = keys.purgeExpired();
        create(key, "new");

        assertThat(purged).isPositive();
        assertThat(effects(key)).isEqualTo(2);
    }
}
