package dev.emporium.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which browser origins may call the API ({@code emporium.gateway.cors.*}). Tokens travel in headers, not cookies. */
@ConfigurationProperties("emporium.gateway.cors")
public record CorsProperties(
        @DefaultValue({"http://localhost:8080", "http://localhost:5173"}) List<String> allowedOrigins,
        @DefaultValue({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) List<String> allowedMethods,
        @DefaultValue({"Authorization", "Content-Type", "Accept", "Accept-Currency", "Idempotency-Key", "If-Match",
            "If-None-Match", "X-Cart-Id", "X-Request-Id", "traceparent", "tracestate"}) List<String> allowedHeaders,
        @DefaultValue({"X-Request-Id", "Retry-After", "ETag", "Location", "X-Cart-Id"}) List<String> exposedHeaders,
        @DefaultValue("false") boolean allowCredentials,
        @DefaultValue("30m") Duration maxAge) {
}
