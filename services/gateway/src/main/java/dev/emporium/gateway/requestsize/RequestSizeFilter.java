package dev.emporium.gateway.requestsize;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.gateway.problem.ProblemWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rejects bodies over the limit with a 413 problem: at once when {@code Content-Length} says so, and for chunked
 * bodies as soon as the streamed bytes pass the limit (the body is streamed to the service, never buffered here).
 */
@Component
class RequestSizeFilter implements WebFilter, Ordered {

    private final RequestSizeProperties limits;
    private final ProblemWriter problems;

    RequestSizeFilter(RequestSizeProperties limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        DataSize limit = limits.limitFor(exchange.getRequest().getPath().value());
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            PayloadTooLargeException tooLarge = new PayloadTooLargeException(limit);
            return problems.write(exchange, tooLarge.getStatusCode(), ProblemCodes.PAYLOAD_TOO_LARGE,
                    tooLarge.getReason());
        }
        if (declared >= 0) {
            // The server never reads past a declared length, so there is nothing left to count.
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(exchange.getRequest(), limit)).build());
    }

    /** A request whose body fails with {@link PayloadTooLargeException} once more than the limit has streamed in. */
    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final DataSize limit;

        CountingRequest(ServerHttpRequest delegate, DataSize limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                        DataBufferUtils.release(buffer);
                        sink.error(new PayloadTooLargeException(limit));
                    }
                    else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
