package dev.emporium.search.indexing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex}, part of the readiness group: out of service until the index has caught up with the topic
 * (after a start on an empty disk, or a rebuild) and its in-stock flags have been checked against the stock levels
 * once those are complete (after every start: the levels are read again, see {@code stockFeed}), so traffic goes to
 * replicas whose index is complete and right about stock.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final ProductFeed feed;

    SearchIndexHealthIndicator(ProductFeed feed) {
        this.feed = feed;
    }

    @Override
    public Health health() {
        boolean caughtUp = feed.isCaughtUp();
        boolean inStockCurrent = feed.isInStockCurrent();
        Health.Builder health = caughtUp && inStockCurrent ? Health.up() : Health.outOfService();
        return health.withDetail("topic", feed.topic()).withDetail("caughtUp", caughtUp)
                .withDetail("inStockFlagsCurrent", inStockCurrent).build();
    }
}
