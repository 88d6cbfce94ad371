package dev.emporium.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class AuthorizationTest extends GatewayTest {

    @Test
    void forbidsCustomerOnAdminPaths() {
        client.get().uri("/api/v1/admin/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + customerToken())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.code").isEqualTo("FORBIDDEN")
                .jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void letsAdminThroughToAdminPaths() {
        client.get().uri("/api/v1/admin/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void asksAnonymousCallerOnAdminPathsToAuthenticate() {
        client.get().uri("/api/v1/admin/orders").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/products", "/api/v1/products/blue-shirt", "/api/v1/categories",
        "/api/v1/search?q=shirt", "/api/v1/search/suggest?q=sh", "/api/v1/inventory/SKU-1",
        "/api/v1/recommendations/products/p1", "/.well-known/jwks.json", "/api/v1/cart"})
    void servesPublicReadsWithoutToken(String path) {
        client.get().uri(path).exchange().expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh",
        "/api/v1/cart/items"})
    void acceptsPublicCommandsWithoutToken(String path) {
        client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/logout", "/api/v1/cart/merge", "/api/v1/checkout", "/api/v1/products"})
    void requiresTokenForCustomerCommands(String path) {
        client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users/me", "/api/v1/orders", "/api/v1/recommendations/me"})
    void requiresTokenForCustomerReads(String path) {
        client.get().uri(path).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void letsCustomerReachTheirOwnResources() {
        client.get().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + customerToken())
                .exchange()
                .expectStatus().isOk();
    }
}
