package dev.emporium.identity.auth;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.identity.IdentityApi;
import dev.emporium.platform.api.HeaderNames;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.LoopbackClient;
import dev.emporium.testsupport.TestHttp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The login throttle's policy (see the README): 5 failures per account and client, 30 per client. */
@EmporiumServiceTest(properties = {
        "emporium.identity.login-throttle.delay-after-account-failures=8",
        "emporium.identity.login-throttle.base-delay=100ms",
        "emporium.identity.login-throttle.max-delay=800ms" })
@Import(CountingPasswords.class)
class LoginThrottleTest {

    @LocalServerPort int port;
    LoginClients clients;

    @BeforeEach
    void client() {
        clients = new LoginClients(new IdentityApi(port));
    }

    @Test
    void checksNoMorePasswordsThanTheLimitWhenGuessesArriveInParallel() {
        for (int round = 0; round < 5; round++) {
            String email = clients.registeredAccount();
            String client = LoginClients.newClient();
            String guess = "parallel guess " + UUID.randomUUID();

            List<Integer> statuses = LoginClients.inParallel(20, i -> clients.login(client, email, guess).status());

            assertThat(statuses).allMatch(status -> status == 401 || status == 429);
            assertThat(CountingPasswords.checksOf(guess)).isEqualTo(5);
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
        }
    }

    @Test
    void rightAndWrongPasswordsFromOneClientInParallelAreAnsweredAsIfOneAfterAnother() {
        // a success refunds and deletes rows that parallel attempts are counting on: no deadlock, no lost count
        for (int round = 0; round < 30; round++) {
            String email = clients.registeredAccount();
            String client = LoginClients.newClient();

            // 2 wrong and 3 right, released together: every attempt counts until checked, 5 stay within the limit
            List<Integer> statuses = LoginClients.inParallel(5,
                    i -> clients.login(client, email, i % 3 == 0 ? "wrong " + i : LoginClients.PASSWORD).status());

            for (int i = 0; i < statuses.size(); i++) {
                assertThat(statuses.get(i)).as("attempt %d of round %d", i, round).isEqualTo(i % 3 == 0 ? 401 : 200);
            }
        }
    }

    @Test
    void countsAFailureThatEndsInAnError() {
        String email = clients.registeredAccount();
        String client = LoginClients.newClient();
        for (int i = 0; i < 5; i++) {
            assertThat(clients.login(client, email, CountingPasswords.FAILING + UUID.randomUUID()).status()).isEqualTo(500);
        }

        assertProblem(clients.login(client, email, LoginClients.PASSWORD), 429, "TOO_MANY_LOGIN_ATTEMPTS");
    }

    @Test
    void failuresFromOneClientDoNotStopTheRightPasswordFromAnother() {
        String email = clients.registeredAccount();
        String attacker = LoginClients.newClient();
        for (int i = 0; i < 30; i++) {
            assertThat(clients.login(attacker, email, "guess " + i).status()).isIn(401, 429);
        }

        assertThat(clients.login(LoginClients.newClient(), email, LoginClients.PASSWORD).status()).isEqualTo(200);
        assertProblem(clients.login(attacker, email, LoginClients.PASSWORD), 429, "TOO_MANY_LOGIN_ATTEMPTS");
    }

    @Test
    void blocksAClientThatFailsOnManyAccounts() {
        String attacker = LoginClients.newClient();
        for (int i = 0; i < 30; i++) {
            assertThat(clients.login(attacker, IdentityApi.uniqueEmail(), "guess " + i).status()).isEqualTo(401);
        }
        String email = clients.registeredAccount();

        TestHttp.Response blocked = clients.login(attacker, email, LoginClients.PASSWORD);

        assertProblem(blocked, 429, "TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(Long.parseLong(blocked.header(HeaderNames.RETRY_AFTER))).isBetween(1L, 901L);
        assertThat(clients.login(LoginClients.newClient(), email, LoginClients.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void slowsDownAnAccountUnderAttackButItsOwnerStillSignsIn() {
        String email = clients.registeredAccount();
        for (int i = 0; i < 12; i++) {
            assertThat(clients.login(LoginClients.newClient(), email, "guess " + i).status()).isEqualTo(401);
        }

        long started = System.nanoTime();
        TestHttp.Response owner = clients.login(LoginClients.newClient(), email, LoginClients.PASSWORD);

        assertThat(owner.status()).isEqualTo(200);
        // 12 failures are 4 past the threshold of 8: 100 ms doubled 4 times, capped at 800 ms
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNotTheGateway() {
        String email = clients.registeredAccount();
        LoopbackClient untrusted = new LoopbackClient("http://127.0.0.1:" + port, LoginClients.newLoopbackClient());
        String body = "{\"email\":\"" + email + "\",\"password\":\"wrong horse battery\"}";
        for (int i = 0; i < 5; i++) {
            TestHttp.Response failed = untrusted.post("/api/v1/auth/login", body,
                    HeaderNames.FORWARDED_FOR, LoginClients.newClient());
            assertProblem(failed, 401, "INVALID_CREDENTIALS");
        }

        TestHttp.Response forged = untrusted.post("/api/v1/auth/login", body, HeaderNames.FORWARDED_FOR,
                LoginClients.newClient());

        assertProblem(forged, 429, "TOO_MANY_LOGIN_ATTEMPTS");
    }
}
