package dev.emporium.gateway.problem;

import dev.emporium.gateway.observability.TraceIds;
import dev.emporium.platform.api.ProblemTypes;
import dev.emporium.platform.api.PublicText;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the gateway's own answers as {@code application/problem+json}; every gateway-made error goes through here.
 * A browser asking for one of the storefront's pages gets the same problem as a small HTML page instead
 * ({@link ErrorPage}): a shopper whose page cannot be served should read what happened, not JSON.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail) {
        return write(exchange, status, code, detail, headers -> {
        });
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail,
            Consumer<HttpHeaders> extraHeaders) {
        HttpStatus known = HttpStatus.resolve(status.value());
        Problem problem = new Problem(ProblemTypes.of(code), known == null ? "Error" : known.getReasonPhrase(), status.value(),
                PublicText.withoutInternals(detail),
                exchange.getRequest().getPath().value(), code, TraceIds.of(exchange).orElse(null));
        boolean page = ErrorPage.wanted(exchange);
        byte[] body = page ? ErrorPage.render(problem, exchange) : json.writeValueAsBytes(problem);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(page ? ErrorPage.CONTENT_TYPE : MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        extraHeaders.accept(headers);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
