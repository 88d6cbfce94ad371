package dev.emporium.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

/** How a broken connection to a service reaches the client: a problem, never a 500. */
class ProblemExceptionHandlerTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void answersBadGatewayWhenTheServiceResetsTheConnectionMidRequest() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/admin/products"));

        handler.handle(exchange, new IOException("recvAddress(..) failed with error(-104): Connection reset by peer")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"code\":\"BAD_GATEWAY\"")
                .doesNotContain("Connection reset", "recvAddress");
    }

    @Test
    void stillAnswersServiceUnavailableWhenTheServiceRefusesTheConnection() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/products"));

        handler.handle(exchange, new ConnectException("Connection refused")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
