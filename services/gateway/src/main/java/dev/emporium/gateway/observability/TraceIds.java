package dev.emporium.gateway.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import java.util.Optional;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of the request being handled. Read from the server observation that WebFlux keeps on the exchange,
 * because error handlers and security entry points run where no tracing thread-local is guaranteed to be set.
 */
public final class TraceIds {

    private TraceIds() {
    }

    public static Optional<String> of(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(Span::context)
                .map(spanContext -> spanContext.traceId())
                .filter(traceId -> !traceId.isBlank());
    }
}
