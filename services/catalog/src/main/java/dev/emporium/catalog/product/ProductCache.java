package dev.emporium.catalog.product;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.emporium.platform.web.PageResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps product reads cheap: detail views, list pages and whole lists' orders (bounded in bytes) are cached in
 * memory for a few seconds. This instance's
 * own writes (product changes, category renames) clear it at once; another replica's writes show after at most
 * the time to live. A rate-table change takes a restart, which starts with an empty cache.
 * <p>
 * Every entry is stamped with the generation it was loaded in. A load that was under way while a write cleared the
 * cache (it may have read the state before the commit) carries an older stamp and is never served afterwards.
 */
@Component
class ProductCache {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);
    /** A list of 100,000 products takes 1.6 MB. */
    private static final long MAX_ORDER_BYTES = 32L * 1024 * 1024;

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Stamped<Optional<ProductView>>> details = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(TIME_TO_LIVE).build();
    private final Cache<String, Stamped<PageResponse<ProductView>>> pages = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterWrite(TIME_TO_LIVE).build();
    private final Cache<String, Stamped<ProductOrder>> orders = Caffeine.newBuilder()
            .maximumWeight(MAX_ORDER_BYTES).<String, Stamped<ProductOrder>>weigher((key, order) -> order.value().weight())
            .expireAfterWrite(TIME_TO_LIVE).build();

    Optional<ProductView> detail(String key, Supplier<Optional<ProductView>> loader) {
        return read(details, key, loader);
    }

    PageResponse<ProductView> page(String key, Supplier<PageResponse<ProductView>> loader) {
        return read(pages, key, loader);
    }

    ProductOrder order(String key, Supplier<ProductOrder> loader) {
        return read(orders, key, loader);
    }

    void invalidate() {
        generation.incrementAndGet();
        details.invalidateAll();
        pages.invalidateAll();
        orders.invalidateAll();
    }

    /** Clears now and again once the writing transaction has committed, so no reader re-caches the old state. */
    void invalidateWith(Runnable write) {
        write.run();
        invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    private <T> T read(Cache<String, Stamped<T>> cache, String key, Supplier<T> loader) {
        long current = generation.get();
        Stamped<T> entry = cache.get(key, k -> new Stamped<>(current, loader.get()));
        if (entry.generation() >= current) {
            return entry.value();
        }
        Stamped<T> fresh = new Stamped<>(current, loader.get());
        cache.asMap().merge(key, fresh, (old, loaded) -> old.generation() >= loaded.generation() ? old : loaded);
        return fresh.value();
    }

    private record Stamped<T>(long generation, T value) {
    }
}
