package dev.emporium.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

class SecurityHeadersTest extends GatewayTest {

    @Test
    void addsSecurityHeadersToProxiedResponses() {
        expectSecurityHeaders(client.get().uri("/api/v1/products").exchange().expectStatus().isOk());
    }

    @Test
    void addsSecurityHeadersToGatewayErrors() {
        expectSecurityHeaders(client.get().uri("/api/v1/orders").exchange().expectStatus().isUnauthorized());
        expectSecurityHeaders(client.get().uri("/nothing-here").exchange().expectStatus().isNotFound());
    }

    @Test
    void addsNoCachingHeadersOfItsOwn() {
        client.get().uri("/api/v1/products").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.CACHE_CONTROL)
                .expectHeader().doesNotExist(HttpHeaders.PRAGMA)
                .expectHeader().doesNotExist(HttpHeaders.EXPIRES)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"v1\"");
    }

    private static void expectSecurityHeaders(WebTestClient.ResponseSpec response) {
        response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'self'.*")
                .expectHeader().valueMatches("Strict-Transport-Security", "max-age=\\d+.*")
                .expectHeader().exists("Permissions-Policy");
    }
}
