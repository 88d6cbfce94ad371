package dev.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TracingTest extends GatewayTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CLIENT_SPAN_ID = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + CLIENT_SPAN_ID + "-01";

    @Test
    void continuesTheClientsTraceDownstream() {
        String path = unique("/api/v1/products");

        client.get().uri(path).header("traceparent", TRACEPARENT).exchange().expectStatus().isOk();

        String forwarded = receivedAt(path).header("traceparent");
        assertThat(forwarded).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(forwarded.split("-")[1]).isEqualTo(TRACE_ID);
        // The service's parent is the gateway's own span, not the client's.
        assertThat(forwarded.split("-")[2]).isNotEqualTo(CLIENT_SPAN_ID);
    }

    @Test
    void startsATraceAndPropagatesItWhenTheClientSentNone() {
        String path = unique("/api/v1/products");

        client.get().uri(path).exchange().expectStatus().isOk();

        // sampled or not (a tenth of new traces are), the trace context always reaches the service
        assertThat(receivedAt(path).header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void putsTheTraceIdIntoProblems() {
        client.get().uri("/api/v1/orders").header("traceparent", TRACEPARENT)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.traceId").isEqualTo(TRACE_ID);
    }
}
