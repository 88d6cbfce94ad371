package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.gateway.routing.Downstream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What operators and API readers get from the gateway itself: probes (and nothing else of the actuator), Swagger UI
 * and the Redoc API reference.
 */
class OperationsTest extends GatewayTest {

    @Test
    void exposesLivenessAndReadinessProbes() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/prometheus", "/actuator/env", "/actuator/info", "/actuator/metrics",
        "/actuator/configprops", "/actuator/gateway/routes", "/actuator/health/redis", "/actuator/heapdump"})
    void exposesNoOtherActuatorEndpointOnThePublicPort(String path) {
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void answersProbesWithoutDetails() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("components").doesNotContain("redis"));
    }

    @Test
    void servesTheSwaggerUi() {
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheDocumentOfEachServiceThatExistsInTheSwaggerUi() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name")
                .value(names -> assertThat((List<Object>) names).containsExactlyInAnyOrder("identity", "catalog", "search", "inventory", "cart", "payment", "order", "checkout"))
                .jsonPath("$.urls[*].url")
                .value(urls -> assertThat((List<Object>) urls).containsExactlyInAnyOrder(
                        Downstream.IDENTITY.apiDocsPath(), Downstream.CATALOG.apiDocsPath(), Downstream.SEARCH.apiDocsPath(),
                        Downstream.INVENTORY.apiDocsPath(), Downstream.CART.apiDocsPath(), Downstream.PAYMENT.apiDocsPath(),
                        Downstream.ORDER.apiDocsPath(), Downstream.CHECKOUT.apiDocsPath()));
    }

    @Test
    void keepsTheSwaggerUiAuthorizationAcrossReloads() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.persistAuthorization").isEqualTo(true);
    }

    @Test
    void servesTheApiReferencePageWithRedocFromItsWebJarToAnyone() {
        client.get().uri("/api-docs.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("/webjars/redoc/redoc.standalone.js"));
        client.get().uri("/webjars/redoc/redoc.standalone.js").exchange().expectStatus().isOk();
        client.get().uri("/api-docs.js").exchange().expectStatus().isOk();
    }

    @Test
    void routesEachServicesApiDocumentToTheService() {
        client.get().uri("/v3/api-docs/inventory").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("inventory")
                .jsonPath("$.path").isEqualTo("/v3/api-docs");
    }

    /** A service's internal document ({@code /v3/api-docs/internal}) is read on its own address, never through here. */
    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs/inventory/internal", "/v3/api-docs/internal"})
    void neverServesAServicesInternalDocument(String path) {
        client.get().uri(path).exchange().expectStatus().isNotFound();
    }

    @Test
    void answersMethodNotAllowedWithAProblem() {
        client.delete().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
    }
}
