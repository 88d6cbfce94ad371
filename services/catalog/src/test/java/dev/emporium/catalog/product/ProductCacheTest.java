package dev.emporium.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProductCacheTest {

    private final ProductCache cache = new ProductCache();

    @Test
    void neverServesALoadThatOverlappedAnInvalidation() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        // a reader loads the state as it was before a write commits...
        CompletableFuture<Optional<ProductView>> slowRead = CompletableFuture.supplyAsync(() -> cache.detail("p|USD", () -> {
            loading.countDown();
            await(committed);
            return Optional.of(view("Old name"));
        }));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        // ...while the write commits and clears the cache
        cache.invalidate();
        committed.countDown();
        assertThat(slowRead.get(10, TimeUnit.SECONDS)).map(ProductView::name).contains("Old name");

        Optional<ProductView> next = cache.detail("p|USD", () -> Optional.of(view("New name")));

        assertThat(next).map(ProductView::name).contains("New name");
    }

    @Test
    void servesAnEntryLoadedAfterTheLastInvalidation() {
        cache.invalidate();
        cache.detail("p|USD", () -> Optional.of(view("Cached")));

        Optional<ProductView> again = cache.detail("p|USD", () -> Optional.of(view("Reloaded")));

        assertThat(again).map(ProductView::name).contains("Cached");
    }

    private static ProductView view(String name) {
        return new ProductView(null, "slug", name, null, "Brand", null, null, java.util.Map.of(), java.util.List.of(),
                ProductStatus.ACTIVE, null, null, java.util.List.of(), 1, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
