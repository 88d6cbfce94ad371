package dev.emporium.gateway.problem;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.gateway.observability.TraceIds;
import dev.emporium.gateway.requestid.RequestIdFilter;
import dev.emporium.gateway.routing.RoutesConfiguration;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the top of the gateway into a problem: unknown routes, unreachable or slow
 * services, oversize bodies, unsupported methods and anything unexpected. Ordered ahead of Boot's error handler
 * so no Whitelabel or Boot JSON error body (and never a stack trace) leaves the gateway.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    /** The MDC key tracing uses for the trace id in every other log line. */
    private static final String TRACE_ID_KEY = "traceId";

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter problems;

    ProblemExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            // Part of a downstream answer is already on the wire; all we can do is let the connection fail.
            return Mono.error(ex);
        }
        Failure failure = classify(exchange, ex);
        if (failure.status().is5xxServerError()) {
            logFailure(exchange, failure, ex);
        }
        discardDownstreamHeaders(exchange);
        return problems.write(exchange, failure.status(), failure.code(), failure.detail(),
                headers -> headers.addAll(failure.headers()));
    }

    private static void logFailure(ServerWebExchange exchange, Failure failure, Throwable ex) {
        // Error handlers run outside the filter chain's Reactor context, so the request's ids are put in the MDC here.
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        String traceId = TraceIds.of(exchange).orElse(null);
        try (MDC.MDCCloseable _ = requestId == null ? null : MDC.putCloseable(RequestIdFilter.CONTEXT_KEY, requestId);
                MDC.MDCCloseable _ = traceId == null ? null : MDC.putCloseable(TRACE_ID_KEY, traceId)) {
            if (failure.code().equals(ProblemCodes.INTERNAL_ERROR)) {
                log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(), ex);
            }
            else {
                log.warn("{} on {} {}: {}", failure.code(), exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(), ex.toString());
            }
        }
    }

    private Failure classify(ServerWebExchange exchange, Throwable ex) {
        String service = serviceOf(exchange).map(name -> "The " + name + " service").orElse("The service");
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            switch (cause) {
                // A connect timeout is also a ConnectException, so it must be matched first.
                case ConnectTimeoutException _ -> {
                    return new Failure(HttpStatus.GATEWAY_TIMEOUT, ProblemCodes.GATEWAY_TIMEOUT,
                            service + " did not accept a connection in time.", HttpHeaders.EMPTY);
                }
                case ConnectException _, NoRouteToHostException _, UnknownHostException _ -> {
                    return new Failure(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                            service + " is unavailable. Please try again later.", HttpHeaders.EMPTY);
                }
                case TimeoutException _, ReadTimeoutException _ -> {
                    return new Failure(HttpStatus.GATEWAY_TIMEOUT, ProblemCodes.GATEWAY_TIMEOUT,
                            service + " did not answer in time.", HttpHeaders.EMPTY);
                }
                // The connection broke after the request went out (closed early, reset by a service killed mid-request).
                case IOException _ -> {
                    return new Failure(HttpStatus.BAD_GATEWAY, ProblemCodes.BAD_GATEWAY,
                            service + " closed the connection before answering.", HttpHeaders.EMPTY);
                }
                case AuthenticationServiceException _ -> {
                    // The token could not be checked at all (identity's JWKS unreachable): not the caller's fault.
                    return new Failure(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                            "Access tokens cannot be verified right now. Please try again later.", HttpHeaders.EMPTY);
                }
                case AuthenticationException _ -> {
                    return new Failure(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHORIZED,
                            "A valid bearer token is required.", bearerChallenge());
                }
                case AccessDeniedException _ -> {
                    return new Failure(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                            "You are not allowed to do this.", HttpHeaders.EMPTY);
                }
                // Framework and gateway decisions (404, 405, 413, 504 ...) carry their own status, also when wrapped.
                case ErrorResponse error -> {
                    return fromErrorResponse(exchange, error, service);
                }
                default -> {
                }
            }
        }
        return new Failure(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR,
                "Something went wrong on our side.", HttpHeaders.EMPTY);
    }

    private static Failure fromErrorResponse(ServerWebExchange exchange, ErrorResponse error, String service) {
        HttpStatusCode status = error.getStatusCode();
        String code = ProblemCodes.forStatus(status.value());
        String detail = switch (code) {
            case ProblemCodes.NOT_FOUND -> "Nothing is served at " + exchange.getRequest().getPath().value() + ".";
            case ProblemCodes.METHOD_NOT_ALLOWED -> "Method " + exchange.getRequest().getMethod().name()
                    + " is not supported here.";
            case ProblemCodes.GATEWAY_TIMEOUT -> service + " did not answer in time.";
            case ProblemCodes.SERVICE_UNAVAILABLE -> service + " is unavailable. Please try again later.";
            case ProblemCodes.INTERNAL_ERROR -> "Something went wrong on our side.";
            default -> Optional.ofNullable(error.getBody().getDetail()).orElse("The request could not be handled.");
        };
        return new Failure(status, code, detail, error.getHeaders());
    }

    private static HttpHeaders bearerChallenge() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return headers;
    }

    private static Optional<String> serviceOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return Optional.ofNullable(route)
                .map(r -> r.getMetadata().get(RoutesConfiguration.SERVICE_METADATA))
                .map(Object::toString);
    }

    /** Headers copied from a downstream answer that was then abandoned must not leak into the problem. */
    private static void discardDownstreamHeaders(ServerWebExchange exchange) {
        Set<String> downstream = exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_HEADER_NAMES);
        if (downstream != null) {
            downstream.forEach(exchange.getResponse().getHeaders()::remove);
        }
    }

    private record Failure(HttpStatusCode status, String code, String detail, HttpHeaders headers) {
    }
}
