package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CorsTest extends GatewayTest {

    private static final String STOREFRONT = "http://localhost:5173";

    @Test
    void answersPreflightFromAnAllowedOrigin() {
        client.options().uri("/api/v1/checkout")
                .header(HttpHeaders.ORIGIN, STOREFRONT)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type, Idempotency-Key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, STOREFRONT)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("authorization", "idempotency-key"));
    }

    @Test
    void rejectsPreflightFromAnUnknownOriginWithAProblem() {
        client.options().uri("/api/v1/checkout")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectBody().jsonPath("$.code").isEqualTo("CORS_REJECTED");
    }

    @Test
    void exposesGatewayHeadersToAnAllowedOrigin() {
        client.get().uri("/api/v1/products")
                .header(HttpHeaders.ORIGIN, STOREFRONT)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("X-Request-Id", "Retry-After", "ETag", "Location"));
    }

    @Test
    void replacesTheServicesOwnCorsHeaders() {
        List<String> allowed = client.get().uri("/api/v1/products")
                .header(HttpHeaders.ORIGIN, STOREFRONT)
                .exchange()
                .returnResult(Void.class).getResponseHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        assertThat(allowed).containsExactly(STOREFRONT);
    }
}
