package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

class RequestSizeTest extends GatewayTest {

    @Test
    void rejectsAnOversizeBodyWithContentLength() {
        String path = unique("/api/v1/cart/items");

        client.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("\"" + "x".repeat((int) MAX_REQUEST_BYTES) + "\"")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.traceId").isNotEmpty();

        assertThat(SERVICES.receivedAt(path)).isEmpty();
    }

    @Test
    void rejectsAnOversizeChunkedBody() {
        Flux<DataBuffer> chunks = Flux.range(0, 8)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[(int) MAX_REQUEST_BYTES / 4]));

        client.post().uri(unique("/api/v1/cart/items")).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void passesALargerBodyWhereThePathAllowsMore() {
        String path = unique("/api/v1/admin/products");
        String body = "\"" + "x".repeat((int) MAX_REQUEST_BYTES * 3) + "\"";

        client.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + adminToken())
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        assertThat(receivedAt(path).bodyLength()).isEqualTo(body.length());
    }

    @Test
    void passesABodyWithinTheLimit() {
        String path = unique("/api/v1/cart/items");
        String body = "{\"sku\":\"SKU-1\",\"quantity\":2}";

        client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        assertThat(receivedAt(path).bodyLength()).isEqualTo(body.length());
    }

    @Test
    void passesAChunkedBodyWithinTheLimit() {
        String path = unique("/api/v1/cart/items");
        Flux<DataBuffer> chunks = Flux.range(0, 3)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[100]));

        client.post().uri(path).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isOk();

        assertThat(receivedAt(path).bodyLength()).isEqualTo(300);
    }
}
