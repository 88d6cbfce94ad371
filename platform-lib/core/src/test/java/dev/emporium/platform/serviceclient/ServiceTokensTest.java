package dev.emporium.platform.serviceclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.platform.serviceclient.StubTokenEndpoint.Answer;
import dev.emporium.testsupport.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceTokensTest {

    static final int THREADS = 32;
    static final int CALLS_PER_THREAD = 50;

    final MutableClock clock = MutableClock.startingNow();
    StubTokenEndpoint endpoint;

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void fetchesOnceForManyParallelCalls() throws Exception {
        endpoint = new StubTokenEndpoint(call -> Answer.token("token-" + call, 300));
        ServiceTokens tokens = tokens(List.of());

        Set<String> seen = callInParallel(tokens);

        assertThat(endpoint.calls.get()).isEqualTo(1);
        assertThat(seen).containsExactly("token-1");
    }

    @Test
    void refreshesOnceBeforeExpiryUnderParallelCalls() throws Exception {
        endpoint = new StubTokenEndpoint(call -> Answer.token("token-" + call, 300));
        ServiceTokens tokens = tokens(List.of());
        assertThat(tokens.token()).isEqualTo("token-1");

        clock.advance(Duration.ofSeconds(239)); // 60 s before expiry is the refresh point
        assertThat(tokens.token()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        Set<String> seen = callInParallel(tokens);

        assertThat(endpoint.calls.get()).isEqualTo(2);
        assertThat(seen).containsExactly("token-2");
    }

    @Test
    void refreshesAShortLivedTokenAtHalfItsLifetime() {
        endpoint = new StubTokenEndpoint(call -> Answer.token("token-" + call, 60));
        ServiceTokens tokens = tokens(List.of());
        tokens.token();

        clock.advance(Duration.ofSeconds(29));
        assertThat(tokens.token()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("token-2");
    }

    @Test
    void authenticatesWithBasicAndAsksForTheConfiguredScopes() {
        endpoint = new StubTokenEndpoint(call -> Answer.token("token", 300));
        tokens(List.of("inventory:reserve", "payment:authorize")).token();

        String expected = "Basic " + Base64.getEncoder().encodeToString("checkout:s3cret%2B%3A".getBytes(StandardCharsets.UTF_8));
        assertThat(endpoint.authorizations).containsExactly(expected);
        assertThat(endpoint.bodies).containsExactly("grant_type=client_credentials&scope=inventory%3Areserve+payment%3Aauthorize");
    }

    @Test
    void keepsTheValidTokenWhenARefreshFails() {
        endpoint = new StubTokenEndpoint(call -> call == 1 ? Answer.token("token-1", 300) : new Answer(503, "{}"));
        ServiceTokens tokens = tokens(List.of());
        tokens.token();

        clock.advance(Duration.ofSeconds(250));

        assertThat(tokens.token()).isEqualTo("token-1");
    }

    @Test
    void waitsBeforeAskingAgainAfterAFailure() {
        endpoint = new StubTokenEndpoint(call -> call == 1
                ? new Answer(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")
                : Answer.token("token-" + call, 300));
        ServiceTokens tokens = tokens(List.of());

        assertThatThrownBy(tokens::token).isInstanceOf(ServiceTokenException.class).hasMessageContaining("invalid_client")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(tokens::token).isInstanceOf(ServiceTokenException.class);
        assertThat(endpoint.calls.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("token-2");
    }

    private ServiceTokens tokens(List<String> scopes) {
        ServiceClientProperties properties = new ServiceClientProperties("checkout", "s3cret+:", null, scopes,
                Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(1));
        return new ServiceTokens(properties, endpoint.uri(), clock);
    }

    /** Every thread starts at once and calls many times; returns every token any call got. */
    private static Set<String> callInParallel(ServiceTokens tokens) throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        seen.add(tokens.token());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        }
        return seen;
    }
}
