package dev.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.LoopbackClient;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Password guessing through the gateway of a running platform, one start for the whole class: a burst of wrong
 * logins gets no server error, and one client address's failures do not lock out another. Clients are told apart
 * by binding their connections to different loopback addresses (127.0.0.2, 127.0.0.3…).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginAbuseIT {

    static final String PASSWORD = "correct horse battery";

    final RunningPlatform platform = SharedPlatform.get();


    @Test
    void fiftyParallelWrongLoginsGetNoServerError() throws Exception {
        LoopbackClient attacker = new LoopbackClient(platform.gatewayUrl(), "127.0.0.5");
        String email = register(new LoopbackClient(platform.gatewayUrl(), "127.0.0.6"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> answers = new ArrayList<>();

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                String guess = "wrong guess " + i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return login(attacker, email, guess);
                }));
            }
            start.countDown();
            for (Future<TestHttp.Response> answer : answers) {
                TestHttp.Response response = answer.get();
                assertThat(response.status()).as(response.body()).isIn(401, 429);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void failuresFromOneClientAddressDoNotStopAnotherFromSigningIn() {
        String email = register(new LoopbackClient(platform.gatewayUrl(), "127.0.0.4"));
        LoopbackClient attacker = new LoopbackClient(platform.gatewayUrl(), "127.0.0.2");
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            TestHttp.Response failed = login(attacker, email, "guess " + i);
            assertThat(failed.status()).as(failed.body()).isIn(401, 429);
            refusals.add(failed.json().get("code").asString());
        }
        // identity itself throttled the attacker's address (the gateway's rate limit may have refused some too)
        assertThat(refusals).contains("INVALID_CREDENTIALS", "TOO_MANY_LOGIN_ATTEMPTS");

        TestHttp.Response owner = login(new LoopbackClient(platform.gatewayUrl(), "127.0.0.3"), email, PASSWORD);

        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
        assertThat(owner.json().get("accessToken").asString()).isNotBlank();
    }

    private static String register(LoopbackClient client) {
        String email = "abuse-" + UUID.randomUUID() + "@example.com";
        TestHttp.Response registered = client.post("/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Guessed At\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return email;
    }

    private static TestHttp.Response login(LoopbackClient client, String email, String password) {
        return client.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
