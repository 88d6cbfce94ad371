package dev.emporium.web.product;

import dev.emporium.platform.money.Money;
import dev.emporium.web.catalog.Product;
import dev.emporium.web.inventory.InventoryClient.Availability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A product page: the product, its variants to pick from (each with its price in the shopper's currency and its
 * stock), the one picked, and what is bought with it.
 *
 * @param stockKnown false when inventory could not be asked: the page says so instead of guessing
 */
public record ProductView(Product product, List<VariantOption> variants, @Nullable VariantOption selected,
        boolean stockKnown, List<Recommendations.Recommended> boughtTogether) {

    /** Units at or under which the page says how few are left. */
    static final int FEW_LEFT = 5;

    static ProductView of(Product product, @Nullable Map<String, Availability> stock, @Nullable String selectedSku,
            List<Recommendations.Recommended> boughtTogether) {
        List<VariantOption> options = new ArrayList<>();
        for (Product.Variant variant : product.variants()) {
            Availability availability = stock == null ? null : stock.get(variant.sku());
            options.add(new VariantOption(variant.sku(), String.join(" / ", variant.attributes().values()),
                    variant.price() != null ? variant.price() : product.price(), stockOf(availability),
                    availability == null ? 0 : availability.available(), false));
        }
        VariantOption selected = options.stream().filter(option -> option.sku().equals(selectedSku)).findFirst()
                .or(() -> options.stream().filter(option -> option.stock() != Stock.OUT_OF_STOCK).findFirst())
                .or(() -> options.stream().findFirst()).orElse(null);
        List<VariantOption> marked = options.stream().map(option -> option.equals(selected) ? option.asSelected() : option).toList();
        VariantOption chosen = selected == null ? null : selected.asSelected();
        return new ProductView(product, marked, chosen, stock != null, List.copyOf(boughtTogether));
    }

    /** The price shown by the title: the picked variant's, else the product's (its cheapest). */
    public @Nullable Money price() {
        return selected != null && selected.price() != null ? selected.price() : product.price();
    }

    /** Whether there is anything to add to the cart. */
    public boolean purchasable() {
        return selected != null && selected.stock() != Stock.OUT_OF_STOCK && selected.price() != null;
    }

    private static Stock stockOf(@Nullable Availability availability) {
        if (availability == null) {
            return Stock.UNKNOWN;
        }
        if (!availability.inStock() || availability.available() <= 0) {
            return Stock.OUT_OF_STOCK;
        }
        return availability.available() <= FEW_LEFT ? Stock.FEW_LEFT : Stock.IN_STOCK;
    }

    /** @param label the variant's attributes: "M / red", "Hardcover" */
    public record VariantOption(String sku, String label, @Nullable Money price, Stock stock, int available, boolean selected) {
        VariantOption asSelected() {
            return new VariantOption(sku, label, price, stock, available, true);
        }
    }

    public enum Stock {
        IN_STOCK, FEW_LEFT, OUT_OF_STOCK, UNKNOWN
    }
}
