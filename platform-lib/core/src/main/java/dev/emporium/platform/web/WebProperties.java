package dev.emporium.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/**
 * {@code emporium.web.*}: the largest request body, and how many requests a service works on at once
 * ({@code max-concurrent-requests}), how many more may wait for a slot ({@code max-queued-requests}) and for how long
 * ({@code queue-timeout}); see {@link ConcurrencyLimitFilter}. The defaults fit a service with a pool of 10 database
 * connections or 16 Redis connections: more requests at once than that only wait inside the service.
 * {@code shared-cache-freshness} is how long a shared cache (the gateway's, a CDN) may reuse a public answer
 * without asking again; see {@link PublicCaching}.
 */
@ConfigurationProperties("emporium.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("64") int maxConcurrentRequests,
        @DefaultValue("256") int maxQueuedRequests,
        @DefaultValue("2s") Duration queueTimeout,
        @DefaultValue("2s") Duration sharedCacheFreshness) {
}
