package dev.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.RawHttp;
import dev.emporium.testsupport.TestHttp;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of generated malformed requests ({@link MalformedRequests}, seeded so a failure can be replayed) across
 * every public route, through the gateway of a running platform: every answer is a 4xx
 * {@code application/problem+json} with a {@code code} and an {@code X-Request-Id}; never a 5xx, an HTML page,
 * an empty body or a dropped connection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestFuzzIT {

    static final int REQUESTS = 2_400;
    static final long SEED = Long.getLong("emporium.fuzz.seed", 20_261_201L);

    final RunningPlatform platform = SharedPlatform.get();
    String customerToken;
    String adminToken;

    @BeforeAll
    void up() {
        TestHttp http = new TestHttp(platform.gatewayUrl());
        String email = "fuzz-" + UUID.randomUUID() + "@example.com";
        String password = "correct horse battery";
        assertThat(http.post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"name\":\"Fuzz\"}").status()).isEqualTo(201);
        customerToken = accessToken(http, email, password);
        adminToken = accessToken(http, "admin@emporium.local", RunningPlatform.ADMIN_PASSWORD);
    }


    @Test
    void answersEveryMalformedRequestWithA4xxProblemAndARequestId() throws Exception {
        MalformedRequests generator = new MalformedRequests(SEED);
        List<MalformedRequests.Request> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(generator.next());
        }
        List<Future<String>> verdicts = new ArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < requests.size(); i++) {
                MalformedRequests.Request request = requests.get(i);
                // Anonymous requests come from many loopback addresses, as many clients would, so that the
                // gateway's per-client rate limit does not answer most of them with 429 instead.
                InetAddress source = loopback(2 + i % 250);
                verdicts.add(senders.submit(() -> verdict(request, source)));
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            String verdict = verdicts.get(i).get();
            outcomes.merge(verdict.startsWith("ok ") ? verdict : "FAILED", 1, Integer::sum);
            if (!verdict.startsWith("ok ")) {
                failures.add("#" + i + " " + requests.get(i).description().replaceAll("\\p{Cntrl}", "?") + " -> " + verdict);
            }
        }
        System.out.println("Fuzz outcomes (seed " + SEED + "): " + outcomes);
        assertThat(failures).as("malformed requests not answered with a 4xx problem and a request id (seed %d), of %d",
                SEED, REQUESTS).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/products/does-not-exist", "/api/v1/products/does-not-exist/xyz",
        "/api/v1/categories/x", "/api/v1/search/x", "/api/v1/products/does-not-exist/images/1" })
    void answersAnAnonymousReadOfAnUnknownPublicResourceWith404(String path) {
        for (String method : List.of("GET", "HEAD")) {
            RawHttp.Response response = new RawHttp("127.0.0.1", gatewayPort()).send(method + " " + path + " HTTP/1.1");
            assertThat(response.status()).as(method + " " + path + ": " + response.body()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("X-Request-Id")).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/products", "/api/v1/categories", "/api/v1/search?q=shirt",
        "/api/v1/search/suggest?q=sh", "/.well-known/jwks.json" })
    void answersHeadWhereverGetIsServed(String path) {
        RawHttp.Response head = new RawHttp("127.0.0.1", gatewayPort()).send("HEAD " + path + " HTTP/1.1");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    private String verdict(MalformedRequests.Request request, InetAddress source) {
        RawHttp.Response response;
        try {
            response = new RawHttp("127.0.0.1", gatewayPort(), source).sendBytes(bytes(request));
        } catch (RuntimeException e) {
            return "no answer: " + e.getMessage();
        }
        String contentType = response.header("Content-Type");
        String summary = response.status() + " " + contentType + " " + abbreviate(response.body());
        if (response.status() < 400 || response.status() > 499) {
            return "status " + summary;
        }
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "not a problem: " + summary;
        }
        if (response.header("X-Request-Id") == null || response.header("X-Request-Id").isBlank()) {
            return "no X-Request-Id: " + summary;
        }
        try {
            JsonNode problem = JsonMapper.shared().readTree(response.body());
            if (problem.path("code").asString("").isBlank() || problem.path("status").asInt() != response.status()) {
                return "problem without code or with another status: " + summary;
            }
        } catch (RuntimeException e) {
            return "unparseable problem: " + summary;
        }
        return "ok " + response.status();
    }

    private byte[] bytes(MalformedRequests.Request request) {
        String authorization = switch (request.caller()) {
            case ANONYMOUS -> "";
            case CUSTOMER -> "Authorization: Bearer " + customerToken + "\r\n";
            case ADMIN -> "Authorization: Bearer " + adminToken + "\r\n";
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((request.head() + "Host: 127.0.0.1:" + gatewayPort() + "\r\nConnection: close\r\n" + authorization
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (request.body() != null) {
            bytes.writeBytes(request.body());
        }
        return bytes.toByteArray();
    }

    private static String accessToken(TestHttp http, String email, String password) {
        TestHttp.Response login = http.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }

    private static int gatewayPort() {
        return 8080 + RunningPlatform.PORT_OFFSET;
    }

    private static InetAddress loopback(int host) {
        try {
            return InetAddress.getByAddress(new byte[] { 127, 0, 0, (byte) host });
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
}
