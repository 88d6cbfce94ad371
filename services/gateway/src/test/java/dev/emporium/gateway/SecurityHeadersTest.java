package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void letsOnlyTheApiReferencePageStartWorkersFromBlobUrls() {
        // Redoc builds its search index in a worker made from a blob: URL; Swagger UI and the API need none
        expectSecurityHeaders(client.get().uri("/api-docs.html").exchange().expectStatus().isOk())
                .expectHeader().valueMatches("Content-Security-Policy", ".*worker-src 'self' blob:;.*");
        client.get().uri("/webjars/swagger-ui/index.html").exchange()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).doesNotContain("blob:"));
        client.get().uri("/api/v1/products").exchange()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).doesNotContain("blob:"));
    }

    private static WebTestClient.ResponseSpec expectSecurityHeaders(WebTestClient.ResponseSpec response) {
        return response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin")
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'self'.*")
                .expectHeader().valueMatches("Strict-Transport-Security", "max-age=\\d+.*")
                .expectHeader().exists("Permissions-Policy");
    }
}
