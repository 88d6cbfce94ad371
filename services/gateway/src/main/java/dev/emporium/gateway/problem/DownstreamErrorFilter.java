package dev.emporium.gateway.problem;

import dev.emporium.gateway.routing.RoutesConfiguration;
import dev.emporium.platform.api.ProblemCodes;
import java.util.List;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A service's error that is not a problem (Tomcat's HTML page for a path it cannot decode, an empty 405, a JSON body
 * of another shape) leaves the gateway as a problem with the same status, like every other error. The storefront's
 * pages are the exception: its error pages are written for people and pass unchanged.
 */
@Component
class DownstreamErrorFilter implements GlobalFilter, Ordered {

    /** Headers describing the service's body, which is replaced. */
    private static final List<String> BODY_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_ENCODING, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED);

    private final ProblemWriter problems;

    DownstreamErrorFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // Wraps the response before NettyWriteResponseFilter copies the service's answer into it.
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (RoutesConfiguration.servesPages(exchange)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().response(new ProblemOnlyResponse(exchange)).build());
    }

    static boolean isProblem(HttpHeaders headers) {
        try {
            MediaType type = headers.getContentType();
            return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON) && !type.isWildcardSubtype();
        }
        catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private final class ProblemOnlyResponse extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;

        ProblemOnlyResponse(ServerWebExchange exchange) {
            super(exchange.getResponse());
            this.exchange = exchange;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            if (!needsProblem()) {
                return super.writeWith(body);
            }
            return Flux.from(body).doOnNext(DataBufferUtils::release).then(Mono.defer(this::writeProblem));
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            if (!needsProblem()) {
                return super.writeAndFlushWith(body);
            }
            return Flux.from(body).flatMap(Flux::from).doOnNext(DataBufferUtils::release).then(Mono.defer(this::writeProblem));
        }

        @Override
        public Mono<Void> setComplete() {
            return needsProblem() ? writeProblem() : super.setComplete();
        }

        private boolean needsProblem() {
            HttpStatusCode status = getStatusCode();
            return status != null && status.isError() && !isProblem(getHeaders());
        }

        private Mono<Void> writeProblem() {
            HttpStatusCode status = getStatusCode();
            BODY_HEADERS.forEach(getHeaders()::remove);
            HttpStatus known = HttpStatus.resolve(status.value());
            String detail = status.is5xxServerError() ? "The service failed to answer this request."
                    : "The service refused this request: " + (known == null ? "status " + status.value() : known.getReasonPhrase()) + ".";
            return problems.write(exchange, status, ProblemCodes.forStatus(status.value()), detail);
        }
    }
}
