package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The auth bucket is configured tiny for these tests: a burst of {@value #AUTH_BURST}, refilling 1 token per 2 s. */
class RateLimitTest extends GatewayTest {

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void answersTooManyRequestsProblemWithRetryAfterOnceTheBurstIsSpent() {
        String address = randomClientAddress();
        for (int i = 0; i < AUTH_BURST; i++) {
            login(address).expectStatus().isOk();
        }

        login(address)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter ->
                        // One token takes 1 / AUTH_REPLENISH_RATE = 2 s to come back.
                        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2))
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.code").isEqualTo("RATE_LIMITED")
                .jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void limitsEachClientOnItsOwn() {
        String greedy = randomClientAddress();
        for (int i = 0; i <= AUTH_BURST; i++) {
            login(greedy);
        }
        login(greedy).expectStatus().isEqualTo(429);

        login(randomClientAddress()).expectStatus().isOk();
    }

    @Test
    void countsAnAuthenticatedClientBySubjectWhereverItConnectsFrom() {
        String token = customerToken();
        for (int i = 0; i < AUTH_BURST; i++) {
            logout(token, randomClientAddress()).expectStatus().isOk();
        }

        logout(token, randomClientAddress()).expectStatus().isEqualTo(429);
    }

    @Test
    void appliesTheStricterBucketOnlyToAuthPaths() {
        String address = randomClientAddress();
        for (int i = 0; i <= AUTH_BURST; i++) {
            login(address);
        }

        client.get().uri("/api/v1/products").header("X-Forwarded-For", address).exchange().expectStatus().isOk();
    }

    @Test
    void keepsItsBucketsUnderTheConfiguredKeyPrefix() {
        UUID subject = UUID.randomUUID();
        client.get().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + JWTS.customer(subject))
                .exchange().expectStatus().isOk();

        List<String> keys = redis.scan(ScanOptions.scanOptions().match(KEY_PREFIX + "*" + subject).count(1000).build())
                .collectList().block();

        assertThat(keys).containsExactly(KEY_PREFIX + "standard:user:" + subject);
    }

    @Test
    void chargesInvalidTokensToTheClientsBucketUntilItAnswersTooManyRequests() {
        String forger = randomClientAddress();
        for (int i = 0; i < BURST / INVALID_TOKEN_COST; i++) {
            withForgedToken(forger).expectStatus().isUnauthorized();
        }

        withForgedToken(forger)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED");
    }

    @Test
    void keepsAnotherClientsInvalidTokenAtUnauthorized() {
        String forger = randomClientAddress();
        for (int i = 0; i <= BURST / INVALID_TOKEN_COST; i++) {
            withForgedToken(forger);
        }

        withForgedToken(randomClientAddress()).expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec withForgedToken(String clientAddress) {
        return client.get().uri("/api/v1/orders")
                .header("X-Forwarded-For", clientAddress)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + JWTS.signedByStranger(UUID.randomUUID()))
                .exchange();
    }

    private WebTestClient.ResponseSpec login(String clientAddress) {
        return client.post().uri("/api/v1/auth/login")
                .header("X-Forwarded-For", clientAddress)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange();
    }

    private WebTestClient.ResponseSpec logout(String token, String clientAddress) {
        return client.post().uri("/api/v1/auth/logout")
                .header("X-Forwarded-For", clientAddress)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }
}
