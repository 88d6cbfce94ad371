package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Misses of one answer arriving together make one call to the service (collapsed forwarding): the others wait for
 * that fetch and are answered from the cache, or, when the answer may not be kept, ask the service themselves.
 */
class ResponseCacheCoalescingTest extends GatewayTest {

    private static final Pattern CALL = Pattern.compile("\"call\":(\\d+)");
    private static final int READERS = 16;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void makesOneCallForSimultaneousMissesOfOneAnswer() throws Exception {
        for (int round = 0; round < 20; round++) {
            String path = ResponseCacheTest.cachePath("public");

            List<HttpResponse<String>> answers = readTogether(path, READERS);

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(callIn(answer)).isEqualTo(1);
            });
            assertThat(SERVICES.callsTo(path)).as("calls to the service in round %d", round).isEqualTo(1);
        }
    }

    @Test
    void letsReadersWaitForASlowFetchInsteadOfAskingAgain() throws Exception {
        String path = ResponseCacheTest.cachePath("public") + "/unhurried";
        double coalescedBefore = count("coalesced");

        List<HttpResponse<String>> answers = readTogether(path, 8);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(callIn(answer)).isEqualTo(1);
        });
        assertThat(SERVICES.callsTo(path)).isEqualTo(1);
        assertThat(count("coalesced") - coalescedBefore).isEqualTo(7);
    }

    @Test
    void letsEachReaderAskTheServiceWhenTheFetchedAnswerMayNotBeKept() throws Exception {
        String path = ResponseCacheTest.cachePath("private") + "/unhurried";

        List<HttpResponse<String>> answers = readTogether(path, 6);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(this::callIn).distinct()).hasSize(6);
        assertThat(SERVICES.callsTo(path)).isEqualTo(6);
    }

    /** {@code readers} anonymous GETs of {@code path}, released at the same moment. */
    private List<HttpResponse<String>> readTogether(String path, int readers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> pending = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
            for (int i = 0; i < readers; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(20))
                            // each reader its own anonymous client, so no rate limit bucket runs dry
                            .header("X-Forwarded-For", randomClientAddress())
                            .build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        }
    }

    private int callIn(HttpResponse<String> answer) {
        Matcher call = CALL.matcher(answer.body());
        assertThat(call.find()).as("a call number in %s", answer.body()).isTrue();
        return Integer.parseInt(call.group(1));
    }

    private double count(String result) {
        return meters.counter(ResponseCacheTest.METRIC, "result", result).count();
    }
}
