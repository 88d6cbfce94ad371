package dev.emporium.catalog.product;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.emporium.platform.web.PageResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps product reads cheap: detail views and list pages are cached in memory for a few seconds. This instance's
 * own writes clear it at once; another replica's writes show after at most the time to live.
 */
@Component
class ProductCache {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    private final Cache<String, Optional<ProductView>> details = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(TIME_TO_LIVE).build();
    private final Cache<String, PageResponse<ProductView>> pages = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterWrite(TIME_TO_LIVE).build();

    Optional<ProductView> detail(String key, Supplier<Optional<ProductView>> loader) {
        return details.get(key, k -> loader.get());
    }

    PageResponse<ProductView> page(String key, Supplier<PageResponse<ProductView>> loader) {
        return pages.get(key, k -> loader.get());
    }

    void invalidate() {
        details.invalidateAll();
        pages.invalidateAll();
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
}
