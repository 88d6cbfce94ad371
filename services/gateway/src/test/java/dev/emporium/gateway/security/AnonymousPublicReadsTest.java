package dev.emporium.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class AnonymousPublicReadsTest {

    private final AnonymousPublicReads chain = new AnonymousPublicReads();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/products", "/api/v1/products/blue-shirt?currency=EUR", "/api/v1/categories",
        "/api/v1/search?q=shirt", "/api/v1/inventory/SKU-1", "/.well-known/jwks.json"})
    void skipsSecurityForAnonymousReadsOfPublicPaths(String path) {
        assertThat(matches(MockServerHttpRequest.get(path))).isTrue();
        assertThat(matches(MockServerHttpRequest.head(path))).isTrue();
    }

    @Test
    void leavesAReadCarryingATokenToTheFullChain() {
        assertThat(matches(MockServerHttpRequest.get("/api/v1/products")
                .header(HttpHeaders.AUTHORIZATION, "Bearer x.y.z"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    void leavesOtherMethodsOnPublicPathsToTheFullChain(String method) {
        assertThat(matches(MockServerHttpRequest.method(HttpMethod.valueOf(method), "/api/v1/products"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/orders", "/api/v1/admin/products", "/api/v1/cart", "/api/v1/users/me",
        "/api/v1/productsX", "/actuator/health"})
    void leavesAnyOtherPathToTheFullChain(String path) {
        assertThat(matches(MockServerHttpRequest.get(path))).isFalse();
    }

    private boolean matches(MockServerHttpRequest.BaseBuilder<?> request) {
        return Boolean.TRUE.equals(chain.matches(MockServerWebExchange.from(request)).block());
    }
}
