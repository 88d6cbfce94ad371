package dev.emporium.platform.security;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The {@code WWW-Authenticate} challenge says what RFC 6750 asks for and nothing of our internals. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class ChallengeTest {

    @LocalServerPort int port;
    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void challengesARequestWithoutTokenWithABareBearerChallenge() {
        assertThat(http.get("/api/v1/me").header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void keepsTheValidatorsMessageOutOfTheChallengeForAnExpiredToken() {
        TestHttp.Response response = http.get("/api/v1/me", "Authorization", "Bearer " + TestJwts.get().expired(UUID.randomUUID()));
        assertProblem(response, 401, "UNAUTHORIZED");
        assertThat(response.header("WWW-Authenticate"))
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\"");
    }

    @Test
    void keepsTheJwksAddressOutOfTheChallengeForAnUnknownKey() {
        TestHttp.Response response = http.get("/api/v1/me", "Authorization",
                "Bearer " + TestJwts.get().signedByStranger(UUID.randomUUID()));
        assertThat(response.header("WWW-Authenticate")).doesNotContain("http").doesNotContain("jwk", "Jwt", "Signed");
    }

    @Test
    void keepsGarbageTokensOutOfTheChallenge() {
        TestHttp.Response response = http.get("/api/v1/me", "Authorization", "Bearer not.a.jwt");
        assertThat(response.header("WWW-Authenticate")).doesNotContain("Malformed").doesNotContain("not.a.jwt");
    }
}
