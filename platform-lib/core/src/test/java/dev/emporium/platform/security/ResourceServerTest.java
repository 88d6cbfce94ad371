package dev.emporium.platform.security;

import dev.emporium.platform.testapp.PlatformTestApplication;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every service checks identity's tokens itself: signature against the JWKS, expiry, issuer, audience, roles. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class ResourceServerTest {

    @LocalServerPort int port;
    TestHttp http;
    final UUID user = UUID.randomUUID();

    @BeforeEach
    void client() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void refusesARequestWithoutToken() {
        TestHttp.Response response = http.get("/api/v1/me");
        assertProblem(response, 401, "UNAUTHORIZED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesAnExpiredToken() {
        assertProblem(http.get("/api/v1/me", "Authorization", "Bearer " + TestJwts.get().expired(user)), 401, "UNAUTHORIZED");
    }

    @Test
    void refusesATamperedToken() {
        assertProblem(http.get("/api/v1/me", "Authorization", "Bearer " + TestJwts.get().tampered(user)), 401, "UNAUTHORIZED");
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertProblem(http.get("/api/v1/me", "Authorization", "Bearer " + TestJwts.get().signedByStranger(user)), 401,
                "UNAUTHORIZED");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertProblem(me(TestJwts.get().withIssuer(user, "https://attacker.example")), 401, "UNAUTHORIZED");
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertProblem(me(TestJwts.get().withAudience(user, "another-system")), 401, "UNAUTHORIZED");
    }

    @Test
    void refusesATokenMacSignedWithThePublicKey() {
        assertProblem(me(TestJwts.get().hmacSignedWithThePublicKey(user)), 401, "UNAUTHORIZED");
    }

    @Test
    void refusesAnUnsignedToken() {
        assertProblem(me(TestJwts.get().unsigned(user)), 401, "UNAUTHORIZED");
    }

    @Test
    void refusesGarbageInsteadOfAToken() {
        assertProblem(http.get("/api/v1/me", "Authorization", "Bearer not.a.jwt"), 401, "UNAUTHORIZED");
    }

    private TestHttp.Response me(String token) {
        return http.get("/api/v1/me", "Authorization", "Bearer " + token);
    }

    @Test
    void letsACustomerIn() {
        assertThat(http.get("/api/v1/me", "Authorization", "Bearer " + TestJwts.get().customer(user)).status()).isEqualTo(200);
    }

    @Test
    void keepsACustomerOutOfAdminEndpoints() {
        assertProblem(http.get("/api/v1/admin/things", "Authorization", "Bearer " + TestJwts.get().customer(user)), 403,
                "FORBIDDEN");
    }

    @Test
    void letsAnAdminIntoAdminEndpoints() {
        assertThat(http.get("/api/v1/admin/things", "Authorization", "Bearer " + TestJwts.get().admin(user)).status())
                .isEqualTo(200);
    }

    @Test
    void servesProbesAndMetricsWithoutToken() {
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }
}
