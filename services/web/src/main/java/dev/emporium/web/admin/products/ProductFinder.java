package dev.emporium.web.admin.products;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The product list with its filters. Status and category are catalog's own filters, paged by catalog. Catalog's
 * admin list has no text filter: with words, up to {@link #SCAN_PAGES} pages of 100 (the first, then the rest at
 * once) are read and matched here, by name, brand, slug, SKU or id, and the matches paged here; a larger catalog is
 * matched in its newest {@code SCAN_PAGES × 100} products only, which the page says.
 */
@Component
class ProductFinder {

    static final int PAGE_SIZE = 20;
    static final int SCAN_PAGES = 10;
    private static final int SCAN_SIZE = 100;

    private final ProductAdminClient products;
    private final Parallel parallel;

    ProductFinder(ProductAdminClient products, Parallel parallel) {
        this.products = products;
        this.parallel = parallel;
    }

    Found find(AdminApi.Caller admin, @Nullable String words, String status, @Nullable String category, int page) {
        if (words == null || words.isBlank()) {
            AdminProduct.Page found = products.list(admin, status, category, page, PAGE_SIZE);
            return new Found(found.items(), found.page(), found.totalPages(), found.totalItems(), false);
        }
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        AdminProduct.Page first = products.list(admin, status, category, 0, SCAN_SIZE);
        List<Pending<AdminProduct.Page>> rest = new ArrayList<>();
        for (int more = 1; more < Math.min(first.totalPages(), SCAN_PAGES); more++) {
            int scanned = more;
            rest.add(parallel.start(() -> products.list(admin, status, category, scanned, SCAN_SIZE)));
        }
        List<AdminProduct> matches = new ArrayList<>(first.items().stream().filter(p -> matches(p, wanted)).toList());
        rest.forEach(pending -> pending.join().items().stream().filter(p -> matches(p, wanted)).forEach(matches::add));
        int totalPages = Math.max(1, (matches.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(page, totalPages - 1);
        List<AdminProduct> items = matches.subList(shown * PAGE_SIZE, Math.min(matches.size(), (shown + 1) * PAGE_SIZE));
        return new Found(List.copyOf(items), shown, totalPages, matches.size(), first.totalPages() > SCAN_PAGES);
    }

    private static boolean matches(AdminProduct product, String wanted) {
        return contains(product.name(), wanted) || contains(product.brand(), wanted) || contains(product.slug(), wanted)
                || product.id().toString().equals(wanted)
                || product.variants().stream().anyMatch(variant -> contains(variant.sku(), wanted));
    }

    private static boolean contains(@Nullable String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** @param partial the words were matched in the newest products only */
    record Found(List<AdminProduct> items, int page, int totalPages, long totalItems, boolean partial) {
    }
}
