package dev.emporium.gateway;

import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestRedis;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * The gateway on a random port in front of fake services, validating real RS256 tokens against the test JWKS and
 * rate limiting in the real Redis under a key prefix of its own. Every test class extends this one, so the whole
 * suite shares a single Spring context. The analytics service is down (its URL points at a closed port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayTest {

    static final List<String> LIVE_SERVICES = List.of("identity", "catalog", "search", "inventory", "cart",
            "checkout", "order", "payment", "notification", "recommendation", "web");
    static final String DOWN_SERVICE = "analytics";

    static final FakeServices SERVICES = new FakeServices(LIVE_SERVICES);
    static final String KEY_PREFIX = TestRedis.uniqueKeyPrefix();
    static final TestJwts JWTS = TestJwts.get();

    static final long MAX_REQUEST_BYTES = 1024;
    static final double REPLENISH_RATE = 10;
    static final int BURST = 1000;
    /** A quarter of the burst: the fifth invalid token would need 25 s of refill. */
    static final int INVALID_TOKEN_COST = BURST / 4;
    static final double AUTH_REPLENISH_RATE = 0.5;
    static final int AUTH_BURST = 2;

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        LIVE_SERVICES.forEach(service ->
                registry.add("emporium.services." + service + ".url", () -> SERVICES.url(service)));
        registry.add("emporium.services." + DOWN_SERVICE + ".url",
                () -> "http://127.0.0.1:" + FakeServices.closedPort());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", JWTS::jwksUri);
        registry.add("spring.data.redis.host", TestRedis::host);
        registry.add("spring.data.redis.port", TestRedis::port);
        registry.add("emporium.gateway.rate-limit.key-prefix", () -> KEY_PREFIX);
        // Tests act as a proxy: each anonymous request names its own client in X-Forwarded-For (see client()).
        registry.add("emporium.gateway.client-address.trusted-proxies", () -> "127.0.0.1,::1");
        registry.add("emporium.gateway.rate-limit.replenish-rate", () -> REPLENISH_RATE);
        registry.add("emporium.gateway.rate-limit.burst-capacity", () -> BURST);
        registry.add("emporium.gateway.rate-limit.invalid-token-cost", () -> INVALID_TOKEN_COST);
        registry.add("emporium.gateway.rate-limit.auth-replenish-rate", () -> AUTH_REPLENISH_RATE);
        registry.add("emporium.gateway.rate-limit.auth-burst-capacity", () -> AUTH_BURST);
        registry.add("emporium.gateway.max-request-size", () -> MAX_REQUEST_BYTES + "B");
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
    }

    @BeforeEach
    void bindClient() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                // Unless a test says otherwise, every request looks like a different anonymous client, so tests
                // never share a rate limit bucket by accident.
                .filter((request, next) -> next.exchange(request.headers().containsHeader("X-Forwarded-For")
                        ? request
                        : ClientRequest.from(request).header("X-Forwarded-For", randomClientAddress()).build()))
                .build();
    }

    static String randomClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static String customerToken() {
        return JWTS.customer(UUID.randomUUID());
    }

    static String adminToken() {
        return JWTS.admin(UUID.randomUUID());
    }

    /** A path no other test uses, so the request a service received can be found again. */
    static String unique(String path) {
        return path + "/" + UUID.randomUUID();
    }

    static FakeServices.Recorded receivedAt(String pathAndQuery) {
        return SERVICES.receivedAt(pathAndQuery)
                .orElseThrow(() -> new AssertionError("No service received " + pathAndQuery));
    }
}
