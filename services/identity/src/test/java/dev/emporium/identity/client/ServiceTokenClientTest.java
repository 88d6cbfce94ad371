package dev.emporium.identity.client;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.serviceclient.ServiceClientProperties;
import dev.emporium.platform.serviceclient.ServiceTokens;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Services fetching tokens from identity the way platform-core's {@link ServiceTokens} does, alone and in parallel. */
@EmporiumServiceTest(properties = {
        "emporium.identity.clients.checkout.secret-sha256=" + ServiceTokenEndpointTest.CHECKOUT_SECRET_SHA256,
        "emporium.identity.clients.checkout.scopes=inventory:reserve" })
class ServiceTokenClientTest {

    static final int THREADS = 8;
    static final int REQUESTS_PER_THREAD = 10;

    @LocalServerPort int port;
    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void givesThePlatformClientATokenItKeeps() {
        ServiceTokens tokens = new ServiceTokens(new ServiceClientProperties("checkout", ServiceTokenEndpointTest.CHECKOUT_SECRET,
                null, List.of("inventory:reserve"), Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(1)),
                URI.create("http://127.0.0.1:" + port + "/oauth2/token"), Clock.systemUTC());

        String token = tokens.token();

        assertThat(token.split("\\.")).hasSize(3);
        assertThat(tokens.token()).isEqualTo(token);
    }

    @Test
    void issuesDistinctValidTokensToParallelRequests() throws Exception {
        Set<String> tokenIds = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        TestHttp.Response response = requestToken();
                        assertThat(response.status()).as(response.body()).isEqualTo(200);
                        tokenIds.add(jwtId(response.json().get("access_token").asString()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        }
        assertThat(tokenIds).hasSize(THREADS * REQUESTS_PER_THREAD);
    }

    @Test
    void refusesAServiceTokenOnAUserEndpoint() {
        String token = requestToken().json().get("access_token").asString();

        assertProblem(http.get("/api/v1/users/me", "Authorization", "Bearer " + token), 403, "FORBIDDEN");
    }

    private TestHttp.Response requestToken() {
        return http.send("POST", "/oauth2/token", "grant_type=client_credentials", "Content-Type",
                "application/x-www-form-urlencoded", "Authorization",
                ServiceTokenEndpointTest.basic("checkout", ServiceTokenEndpointTest.CHECKOUT_SECRET));
    }

    private static String jwtId(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode claims = tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload);
        return claims.get("jti").asString();
    }
}
