package dev.emporium.catalog.demo;

import dev.emporium.catalog.CatalogProperties;
import dev.emporium.catalog.category.Categories;
import dev.emporium.catalog.category.Category;
import dev.emporium.catalog.product.Product;
import dev.emporium.catalog.product.ProductService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Seeds the demo shop when {@code emporium.catalog.demo.enabled} (the local profile of {@code ./platform up}):
 * eight departments and {@code emporium.catalog.demo.products} products (100,000 for benchmarks). Idempotent: ids
 * are derived from the product number, existing ones are skipped, and each is published like any admin change.
 */
@Component
@Order(2)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final int BATCH = 500;

    private final CatalogProperties properties;
    private final Categories categories;
    private final ProductService service;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCatalog(CatalogProperties properties, Categories categories, ProductService service,
            JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.categories = categories;
        this.service = service;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo().enabled()) {
            seed(properties.demo().products());
        }
    }

    /** @return how many products were added */
    int seed(int count) {
        transaction.executeWithoutResult(status -> seedCategories());
        DemoProducts demo = new DemoProducts();
        int added = 0;
        for (int from = 0; from < count; from += BATCH) {
            List<Integer> numbers = new ArrayList<>();
            for (int n = from; n < Math.min(count, from + BATCH); n++) {
                numbers.add(n);
            }
            Set<UUID> existing = new HashSet<>(jdbc.sql("SELECT id FROM product WHERE id IN (:ids)")
                    .param("ids", numbers.stream().map(DemoProducts::productId).toList()).query(UUID.class).list());
            List<Product> missing = numbers.stream().filter(n -> !existing.contains(DemoProducts.productId(n)))
                    .map(demo::product).toList();
            if (!missing.isEmpty()) {
                transaction.executeWithoutResult(status -> missing.forEach(service::importProduct));
                added += missing.size();
            }
            if (count > 10_000 && (from / BATCH) % 20 == 0) {
                log.info("Demo catalog: {} of {} products present", Math.min(count, from + BATCH), count);
            }
        }
        if (added > 0) {
            log.info("Demo catalog: added {} products ({} wanted)", added, count);
        }
        return added;
    }

    private void seedCategories() {
        Instant now = Instant.now(clock);
        int position = 0;
        for (DemoAssortment.Department department : DemoAssortment.DEPARTMENTS) {
            UUID departmentId = DemoProducts.categoryId(department.slug());
            categories.insert(new Category(departmentId, department.slug(), department.name(), null, position++), now);
            int shelfPosition = 0;
            for (DemoAssortment.Shelf shelf : department.shelves()) {
                categories.insert(new Category(DemoProducts.categoryId(shelf.slug()), shelf.slug(), shelf.name(), departmentId,
                        shelfPosition++), now);
            }
        }
    }
}
