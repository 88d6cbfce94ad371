package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

class RequestIdTest extends GatewayTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void echoesTheClientsRequestId() {
        client.get().uri("/api/v1/products").header("X-Request-Id", "client-id_1.2")
                .exchange()
                .expectHeader().valueEquals("X-Request-Id", "client-id_1.2");
    }

    @Test
    void generatesARequestIdWhenTheClientSentNone() {
        client.get().uri("/api/v1/products")
                .exchange()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces", "semi;colon", "<script>"})
    void replacesAnInsaneRequestId(String insane) {
        client.get().uri("/api/v1/products").header("X-Request-Id", insane)
                .exchange()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN);
    }

    @Test
    void replacesARequestIdLongerThan128Characters() {
        client.get().uri("/api/v1/products").header("X-Request-Id", "a".repeat(129))
                .exchange()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN);
    }

    @Test
    void forwardsTheRequestIdToTheService() {
        String path = unique("/api/v1/products");
        String requestId = UUID.randomUUID().toString();

        client.get().uri(path).header("X-Request-Id", requestId).exchange().expectStatus().isOk();

        assertThat(receivedAt(path).header("X-Request-Id")).isEqualTo(requestId);
    }

    @Test
    void forwardsTheGeneratedRequestIdItReturns() {
        String path = unique("/api/v1/products");

        String returned = client.get().uri(path).exchange()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(receivedAt(path).header("X-Request-Id")).isEqualTo(returned);
    }

    @Test
    void returnsTheRequestIdOnceEvenWhenTheServiceEchoesIt() {
        List<String> values = client.get().uri("/api/v1/products").header("X-Request-Id", "echoed")
                .exchange()
                .returnResult(Void.class).getResponseHeaders().get("X-Request-Id");

        assertThat(values).containsExactly("echoed");
    }

    @Test
    void returnsTheRequestIdOnGatewayErrors() {
        client.get().uri("/api/v1/orders").header("X-Request-Id", "failed-call")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Request-Id", "failed-call");
        client.get().uri("/no-such-page").header("X-Request-Id", "lost-call")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals("X-Request-Id", "lost-call");
    }

    @Test
    void returnsTheRequestIdOnForbiddenAnswers() {
        client.get().uri("/api/v1/admin/users").header("X-Request-Id", "denied-call")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + customerToken())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().valueEquals("X-Request-Id", "denied-call");
    }
}
