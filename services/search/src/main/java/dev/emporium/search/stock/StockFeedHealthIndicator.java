package dev.emporium.search.stock;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code stockFeed}, part of the readiness group: out of service until the stock levels have caught up with
 * {@code inventory.stock} (read from its beginning at every start), so a fresh replica does not answer with every
 * product out of stock.
 */
@Component
class StockFeedHealthIndicator implements HealthIndicator {

    private final StockFeed feed;
    private final StockLevels levels;

    StockFeedHealthIndicator(StockFeed feed, StockLevels levels) {
        this.feed = feed;
        this.levels = levels;
    }

    @Override
    public Health health() {
        boolean caughtUp = feed.isCaughtUp();
        return (caughtUp ? Health.up() : Health.outOfService()).withDetail("topic", feed.topic())
                .withDetail("caughtUp", caughtUp).withDetail("skus", levels.size()).build();
    }
}
