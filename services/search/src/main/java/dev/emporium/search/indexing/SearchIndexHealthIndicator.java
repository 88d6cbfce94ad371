package dev.emporium.search.indexing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex}, part of the readiness group: out of service until the index has caught up with the topic
 * (after a start on an empty disk, or a rebuild), so traffic goes to replicas whose index is complete.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final ProductFeed feed;

    SearchIndexHealthIndicator(ProductFeed feed) {
        this.feed = feed;
    }

    @Override
    public Health health() {
        Health.Builder health = feed.isCaughtUp() ? Health.up() : Health.outOfService();
        return health.withDetail("topic", feed.topic()).withDetail("caughtUp", feed.isCaughtUp()).build();
    }
}
