package dev.emporium.catalog.product;

import dev.emporium.catalog.pricing.Pricing;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derived prices depend on the configured rate table. When it differs from the one the stored prices were computed
 * with, recompute every product's list prices and publish every product again (its event carries all prices).
 */
@Component
@Order(1)
class RateTableChange implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RateTableChange.class);

    private final JdbcClient jdbc;
    private final Pricing pricing;
    private final Products products;
    private final ProductService service;
    private final TransactionTemplate transaction;

    RateTableChange(JdbcClient jdbc, Pricing pricing, Products products, ProductService service, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.pricing = pricing;
        this.products = products;
        this.service = service;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        String current = pricing.ratesFingerprint();
        String stored = jdbc.sql("SELECT rates_hash FROM pricing_state WHERE id = 1").query(String.class).optional().orElse(null);
        if (current.equals(stored)) {
            return;
        }
        List<UUID> ids = products.allIds();
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            // Locked before loading, so an admin edit committing meanwhile is either seen here or waits for us:
            // never overwritten by (nor published behind) the state this batch read.
            transaction.executeWithoutResult(status -> {
                products.lockForUpdate(batch);
                products.load(batch).forEach(service::saved);
            });
        }
        jdbc.sql("INSERT INTO pricing_state (id, rates_hash) VALUES (1, :hash) ON CONFLICT (id) DO UPDATE SET rates_hash = :hash")
                .param("hash", current).update();
        if (stored != null) {
            log.info("Rate table changed: prices of {} products recomputed and republished", ids.size());
        }
    }
}
