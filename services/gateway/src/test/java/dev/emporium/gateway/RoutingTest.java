package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class RoutingTest extends GatewayTest {

    static Stream<Arguments> pathsOfEachService() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/users/me", "identity"),
                Arguments.of("GET", "/api/v1/admin/users", "identity"),
                Arguments.of("POST", "/api/v1/admin/signing-keys/rotate", "identity"),
                Arguments.of("GET", "/api/v1/products", "catalog"),
                Arguments.of("PUT", "/api/v1/admin/categories/c1", "catalog"),
                Arguments.of("GET", "/api/v1/search/suggest", "search"),
                Arguments.of("POST", "/api/v1/admin/search/reindex", "search"),
                Arguments.of("GET", "/api/v1/inventory/SKU-1", "inventory"),
                Arguments.of("PUT", "/api/v1/admin/inventory/SKU-1", "inventory"),
                Arguments.of("POST", "/api/v1/cart/items", "cart"),
                Arguments.of("POST", "/api/v1/checkout/quote", "checkout"),
                Arguments.of("GET", "/api/v1/orders", "order"),
                Arguments.of("POST", "/api/v1/admin/orders/o1/ship", "order"),
                Arguments.of("GET", "/api/v1/payments/p1", "payment"),
                Arguments.of("GET", "/api/v1/admin/payments", "payment"),
                Arguments.of("GET", "/api/v1/admin/notifications", "notification"),
                Arguments.of("GET", "/api/v1/recommendations/me", "recommendation"),
                Arguments.of("GET", "/c/shirts", "web"),
                Arguments.of("GET", "/p/linen-shirt", "web"),
                Arguments.of("GET", "/search/suggest", "web"),
                Arguments.of("POST", "/cart/items", "web"),
                Arguments.of("GET", "/account/orders", "web"),
                Arguments.of("GET", "/admin/products", "web"),
                Arguments.of("GET", "/assets/css", "web"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("pathsOfEachService")
    void routesEachPathToTheServiceThatOwnsIt(String method, String path, String service) {
        String uniquePath = unique(path);

        client.method(HttpMethod.valueOf(method)).uri(uniquePath)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(service);

        FakeServices.Recorded received = receivedAt(uniquePath);
        assertThat(received.service()).isEqualTo(service);
        assertThat(received.method()).isEqualTo(method);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "/", "/search", "/cart", "/checkout", "/account", "/login",
        "/register", "/admin" })
    void routesTheStorefrontsPagesToWeb(String path) {
        client.get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("web");
    }

    /**
     * The storefront sends a customer whose card needs confirming to the built-in provider's page, at the gateway's
     * address (payment's {@code card-provider.public-url}): the browser opens it and posts its form without a token.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "GET", "POST" })
    void routesTheCardProvidersConfirmationPageToPaymentWithoutAToken(String method) {
        // one path segment after confirmations/, as the provider's ids have
        String path = "/api/v1/payments/confirmations/" + java.util.UUID.randomUUID().toString().replace("-", "");

        client.method(HttpMethod.valueOf(method)).uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("decision=confirm")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("payment");

        assertThat(receivedAt(path).method()).isEqualTo(method);
    }

    @Test
    void passesTheStorefrontsOwnErrorPageThroughUnchanged() {
        client.get().uri(unique("/p/no-such-product") + "/html-error")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType("text/html;charset=utf-8")
                .expectBody(String.class).value(body -> assertThat(body).contains("<h1>HTTP Status 400</h1>"));
    }

    @Test
    void routesNoApiDocumentForTheStorefront() {
        client.get().uri("/v3/api-docs/web")
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void routesTheJwksToIdentity() {
        client.get().uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("identity");
    }

    @Test
    void forwardsPathAndQueryUnchanged() {
        String path = unique("/api/v1/products") + "?category=shirts&sort=price,asc&q=caf%C3%A9";

        client.get().uri(java.net.URI.create("http://127.0.0.1:" + port + path)).exchange().expectStatus().isOk();

        assertThat(receivedAt(path).pathAndQuery()).isEqualTo(path);
    }

    @Test
    void answersServiceUnavailableProblemWhenTheServiceIsDown() {
        client.get().uri("/api/v1/admin/analytics/summary")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("analytics"))
                .jsonPath("$.traceId").isNotEmpty();
    }

    @Test
    void answersGatewayTimeoutProblemWhenTheServiceAnswersTooLate() {
        client.get().uri(unique("/api/v1/products") + "/slow")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("GATEWAY_TIMEOUT")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("catalog"));
    }

    @Test
    void answersABrowserAPageWhenTheStorefrontCannotServeIt() {
        String path = unique("/p/teapot") + "/slow";
        client.get().uri(path)
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("<h1>Gateway Timeout</h1>", "The shop took too long to answer.", "href=\"" + path + "\"")
                        .containsPattern("request id [0-9a-f-]{36}"));
    }

    @Test
    void answersAProblemToAnApiClientOnAStorefrontPath() {
        client.get().uri(unique("/p/teapot") + "/slow")
                .header(HttpHeaders.ACCEPT, "application/json")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAProblemNotAPageOnAnApiPathEvenToABrowser() {
        client.get().uri(unique("/api/v1/products") + "/slow")
                .header(HttpHeaders.ACCEPT, "text/html")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Service-to-service paths (identity's token endpoint, internal endpoints) are reached on the services' own ports. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "/oauth2/token", "/internal/inventory/reservations" })
    void neverRoutesServiceToServicePaths(String path) {
        client.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials")
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void answersNotFoundProblemForAnUnknownRoute() {
        client.get().uri("/api/v1/no-such-thing")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + customerToken())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://emporium.dev/problems/not-found")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.instance").isEqualTo("/api/v1/no-such-thing")
                .jsonPath("$.traceId").isNotEmpty()
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void passesTheServicesOwnProblemThroughUnchanged() {
        client.get().uri("/api/v1/orders/missing")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + customerToken())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"type":"about:blank","title":"Not Found","status":404,"detail":"No such order",
                         "code":"ORDER_NOT_FOUND","traceId":"from-the-service"}""", true);
    }

    @Test
    void forwardsTheAuthorizationHeaderToTheService() {
        String token = customerToken();
        String path = unique("/api/v1/orders");

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange().expectStatus().isOk();

        assertThat(receivedAt(path).header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
    }

    @Test
    void tellsTheServiceHowTheClientAddressedTheGateway() {
        String path = unique("/api/v1/products");

        client.get().uri(path).exchange().expectStatus().isOk();

        FakeServices.Recorded received = receivedAt(path);
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("127.0.0.1:" + port);
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
    }
}
