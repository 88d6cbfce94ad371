package dev.emporium.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.identity.IdentityApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A burst of wrong-password logins must neither exhaust the connection pool (answers are 401 or 429, never 5xx)
 * nor lock other users out: their reads keep answering 200 throughout. How fast those reads stay is a figure for a
 * load test, not an assertion here (a timed assertion fails whenever the machine is busy).
 */
@EmporiumServiceTest(properties = {
        "emporium.identity.login-throttle.delay-after-account-failures=8",
        "emporium.identity.login-throttle.base-delay=100ms",
        "emporium.identity.login-throttle.max-delay=800ms" })
@Import(CountingPasswords.class)
class LoginUnderAttackTest {

    private static final int WARM_UP_READS = 50;

    @LocalServerPort int port;

    @Test
    void fiftyParallelWrongLoginsAreRefusedWithoutErrorsWhileOtherUsersKeepBeingServed() {
        IdentityApi api = new IdentityApi(port);
        LoginClients clients = new LoginClients(api);
        JsonNode reader = api.newCustomerSession();
        for (int i = 0; i < WARM_UP_READS; i++) {
            assertThat(api.get("/api/v1/users/me", reader).status()).isEqualTo(200);
        }
        String victim = clients.registeredAccount();
        AtomicBoolean attacking = new AtomicBoolean(true);
        CompletableFuture<List<Integer>> reads = CompletableFuture.supplyAsync(() -> readWhile(api, reader, attacking));

        // every guess from its own address, so none is stopped early and each one checks a password
        List<Integer> statuses = LoginClients.inParallel(50,
                i -> clients.login(LoginClients.newClient(), victim, "wrong guess " + i).status());
        attacking.set(false);

        assertThat(statuses).allMatch(status -> status == 401 || status == 429);
        List<Integer> readStatuses = reads.join();
        assertThat(readStatuses).as("reads made during the attack").isNotEmpty().allMatch(status -> status == 200);
    }

    private static List<Integer> readWhile(IdentityApi api, JsonNode session, AtomicBoolean running) {
        List<Integer> statuses = new ArrayList<>();
        while (running.get()) {
            statuses.add(api.get("/api/v1/users/me", session).status());
        }
        return statuses;
    }
}
