package dev.emporium.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.identity.IdentityApi;
import dev.emporium.platform.api.HeaderNames;
import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * Logins from many client addresses. The test connects from 127.0.0.1, the address identity trusts as the gateway,
 * so it names the client in X-Forwarded-For exactly as the gateway does.
 */
final class LoginClients {

    static final String PASSWORD = "correct horse battery";

    private final IdentityApi api;

    LoginClients(IdentityApi api) {
        this.api = api;
    }

    /** A client address no other test uses (random in 100.64.0.0/10, four million of them). */
    static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "100." + random.nextInt(64, 128) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A loopback address other than the gateway's 127.0.0.1, to connect from as an untrusted peer. */
    static String newLoopbackClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    String registeredAccount() {
        String email = IdentityApi.uniqueEmail();
        assertThat(api.register(email, PASSWORD, "Throttled User").status()).isEqualTo(201);
        return email;
    }

    TestHttp.Response login(String client, String email, String password) {
        return api.http.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                HeaderNames.FORWARDED_FOR, client);
    }

    /** Runs {@code count} calls at once (released together) and returns their results in order. */
    static <T> List<T> inParallel(int count, IntFunction<T> call) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
