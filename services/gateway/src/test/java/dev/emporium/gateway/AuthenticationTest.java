package dev.emporium.gateway;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class AuthenticationTest extends GatewayTest {

    @Test
    void rejectsMissingToken() {
        expectUnauthorized(client.get().uri("/api/v1/orders").exchange())
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void rejectsTamperedToken() {
        expectUnauthorized(withToken(JWTS.tampered(UUID.randomUUID())));
    }

    @Test
    void rejectsExpiredToken() {
        expectUnauthorized(withToken(JWTS.expired(UUID.randomUUID())));
    }

    @Test
    void rejectsTokenSignedByAStranger() {
        expectUnauthorized(withToken(JWTS.signedByStranger(UUID.randomUUID())));
    }

    @Test
    void rejectsTokenFromAnotherIssuer() {
        expectUnauthorized(withToken(JWTS.withIssuer(UUID.randomUUID(), "https://attacker.example")));
    }

    @Test
    void rejectsTokenForAnotherAudience() {
        expectUnauthorized(withToken(JWTS.withAudience(UUID.randomUUID(), "another-system")));
    }

    @Test
    void rejectsTokenMacSignedWithThePublicKey() {
        expectUnauthorized(withToken(JWTS.hmacSignedWithThePublicKey(UUID.randomUUID())));
    }

    @Test
    void rejectsUnsignedToken() {
        expectUnauthorized(withToken(JWTS.unsigned(UUID.randomUUID())));
    }

    @Test
    void rejectsMalformedToken() {
        expectUnauthorized(withToken("not-a-jwt"));
    }

    @Test
    void stillValidatesATokenSentToAPublicPath() {
        expectUnauthorized(client.get().uri("/api/v1/cart")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + JWTS.expired(UUID.randomUUID()))
                .exchange());
    }

    @Test
    void stillValidatesATokenSentToAPublicRead() {
        expectUnauthorized(client.get().uri("/api/v1/products")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + JWTS.tampered(UUID.randomUUID()))
                .exchange());
    }

    @Test
    void letsAValidTokenThrough() {
        withToken(customerToken()).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec withToken(String token) {
        return client.get().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static WebTestClient.ResponseSpec expectUnauthorized(WebTestClient.ResponseSpec response) {
        response.expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> org.assertj.core.api.Assertions
                        .assertThat(value).startsWith("Bearer"))
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("UNAUTHORIZED")
                .jsonPath("$.traceId").isNotEmpty();
        return response;
    }
}
