package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.gateway.routing.Downstream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What operators and API readers get from the gateway itself: probes, metrics, the aggregated Swagger UI. */
class OperationsTest extends GatewayTest {

    @Test
    void exposesLivenessAndReadinessProbes() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetrics() {
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void keepsOtherActuatorEndpointsForAdmins() {
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void servesTheSwaggerUi() {
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsOneApiDocumentPerServiceInTheSwaggerUi() {
        Object[] expected = Arrays.stream(Downstream.values()).map(Downstream::apiDocsPath).toArray();

        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url")
                .value(urls -> assertThat((List<Object>) urls).containsExactlyInAnyOrder(expected));
    }

    @Test
    void routesEachServicesApiDocumentToTheService() {
        client.get().uri("/v3/api-docs/inventory").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("inventory")
                .jsonPath("$.path").isEqualTo("/v3/api-docs");
    }

    @Test
    void answersMethodNotAllowedWithAProblem() {
        client.delete().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
    }
}
