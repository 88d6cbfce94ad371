package dev.emporium.platform.security;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /internal/**} is for service tokens with the declared scope; user endpoints are for user tokens. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class InternalEndpointsTest {

    static final String CALLER = "/internal/samples/reservations/caller";

    @LocalServerPort int port;
    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void letsAServiceTokenWithTheScopeIn() {
        TestHttp.Response response = get(CALLER, TestJwts.get().service("checkout", PlatformTestApplication.SCOPE, "other:scope"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("service").asString()).isEqualTo("checkout");
        assertThat(response.json().get("scopes").toString()).isEqualTo("[\"other:scope\",\"sample:reserve\"]");
    }

    @Test
    void refusesAServiceTokenWithoutTheScope() {
        assertProblem(get(CALLER, TestJwts.get().service("checkout", "other:scope")), 403, "FORBIDDEN");
    }

    @Test
    void refusesACustomerToken() {
        assertProblem(get(CALLER, TestJwts.get().customer(UUID.randomUUID())), 403, "FORBIDDEN");
    }

    @Test
    void refusesAnAdminToken() {
        assertProblem(get(CALLER, TestJwts.get().admin(UUID.randomUUID())), 403, "FORBIDDEN");
    }

    @Test
    void refusesARequestWithoutToken() {
        TestHttp.Response response = http.get(CALLER);

        assertProblem(response, 401, "UNAUTHORIZED");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void refusesAnExpiredServiceToken() {
        assertProblem(get(CALLER, TestJwts.get().expiredService("checkout", PlatformTestApplication.SCOPE)), 401, "UNAUTHORIZED");
    }

    @Test
    void refusesEveryoneOnAnInternalPathNoRuleNames() {
        assertProblem(get("/internal/samples/undeclared", TestJwts.get().service("checkout", PlatformTestApplication.SCOPE)),
                403, "FORBIDDEN");
    }

    @Test
    void refusesAServiceTokenOnAUserEndpoint() {
        assertProblem(get("/api/v1/me", TestJwts.get().service("checkout", PlatformTestApplication.SCOPE)), 403, "FORBIDDEN");
    }

    @Test
    void refusesAServiceTokenOnAnAdminEndpoint() {
        assertProblem(get("/api/v1/admin/things", TestJwts.get().service("checkout", PlatformTestApplication.SCOPE)), 403,
                "FORBIDDEN");
    }

    @Test
    void showsTheUserTheServiceCallsFor() {
        UUID user = UUID.randomUUID();
        TestHttp.Response response = http.get(CALLER, "Authorization",
                "Bearer " + TestJwts.get().service("checkout", PlatformTestApplication.SCOPE), HeaderNames.ON_BEHALF_OF,
                user.toString());

        assertThat(response.json().get("onBehalfOf").asString()).isEqualTo(user.toString());
    }

    @Test
    void refusesAnOnBehalfOfThatIsNoUserId() {
        TestHttp.Response response = http.get(CALLER, "Authorization",
                "Bearer " + TestJwts.get().service("checkout", PlatformTestApplication.SCOPE), HeaderNames.ON_BEHALF_OF,
                "admin");

        assertProblem(response, 400, "VALIDATION_FAILED");
    }

    @Test
    void refusesACallThatMustNameAUserButNamesNone() {
        assertProblem(get("/internal/samples/reservations/for-user", TestJwts.get().service("checkout", PlatformTestApplication.SCOPE)),
                400, "VALIDATION_FAILED");
    }

    @Test
    void keepsLettingACustomerIntoUserEndpoints() {
        assertThat(get("/api/v1/me", TestJwts.get().customer(UUID.randomUUID())).status()).isEqualTo(200);
    }

    private TestHttp.Response get(String path, String token) {
        return http.get(path, "Authorization", "Bearer " + token);
    }
}
