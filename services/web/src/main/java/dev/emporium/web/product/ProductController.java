package dev.emporium.web.product;

import dev.emporium.web.catalog.CatalogClient;
import dev.emporium.web.catalog.Product;
import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.inventory.InventoryClient;
import dev.emporium.web.inventory.InventoryClient.Availability;
import dev.emporium.web.preferences.Preferences;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /p/{slug}}: the product in the shopper's currency (catalog), the stock of each variant (inventory) and
 * what is bought with it (recommendations), asked for at once ({@link ProductKeys}). Without the product there is
 * no page (404 when catalog has none, 503 when catalog is down); without stock or recommendations there is a page,
 * saying that stock is unknown, or without the "bought together" items. {@code ?sku=} picks a variant.
 */
@Controller
class ProductController {

    private static final String SLUG = "[A-Za-z0-9-]{1,200}";

    private final CatalogClient catalog;
    private final InventoryClient inventory;
    private final Recommendations recommendations;
    private final ProductKeys keys;
    private final Parallel parallel;

    ProductController(CatalogClient catalog, InventoryClient inventory, Recommendations recommendations, ProductKeys keys,
            Parallel parallel) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.recommendations = recommendations;
        this.keys = keys;
        this.parallel = parallel;
    }

    @GetMapping("/p/{slug}")
    String product(@PathVariable String slug, @RequestParam(required = false) @Nullable String sku,
            HttpServletRequest request, Model model) {
        if (!slug.matches(SLUG)) {
            throw new PageNotFoundException();
        }
        String currency = Preferences.currency(request);
        Optional<ProductKeys.Keys> known = keys.of(slug);
        Pending<Optional<Product>> found = parallel.start(() -> catalog.product(slug, currency));
        Pending<Map<String, Availability>> stock = known.map(k -> parallel.start(() -> inventory.availability(k.skus()))).orElse(null);
        Pending<List<Recommendations.Recommended>> together = known
                .map(k -> parallel.start(() -> recommendations.boughtWith(k.productId())))
                .orElseGet(() -> Pending.done(List.of()));

        Product product = found.join().orElseThrow(PageNotFoundException::new);
        if (known.isEmpty() || !known.get().skus().equals(product.skus())) {
            keys.remember(slug, product);
            stock = parallel.start(() -> inventory.availability(product.skus()));
            if (known.isEmpty()) {
                together = parallel.start(() -> recommendations.boughtWith(product.id()));
            }
        }
        ProductView view = ProductView.of(product, stock.optional().orElse(null), sku, together.optional().orElse(List.of()));
        model.addAttribute("view", view);
        model.addAttribute("jsonLd", ProductJsonLd.of(view, ServletUriComponentsBuilder.fromContextPath(request).toUriString()));
        return "product";
    }
}
