package dev.emporium.web.cart;

import dev.emporium.platform.money.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cart as cart shows it ({@code GET /api/v1/cart}): lines with the price snapshotted when each last changed, and
 * the flags that say what changed since (API.md: a changed price is reported, never silently charged).
 */
public record CartView(String id, List<Line> items, @Nullable Money subtotal, String currency, int itemCount) {

    public CartView {
        items = items == null ? List.of() : items;
    }

    public static CartView empty(String currency) {
        return new CartView("", List.of(), null, currency, 0);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether any line needs the shopper's attention before checking out. */
    public boolean needsAttention() {
        return items.stream().anyMatch(line -> line.unavailable() || line.priceChanged() || line.insufficientStock());
    }

    /**
     * @param currentPrice the catalog's price now, when it differs from {@code unitPrice} ({@code priceChanged})
     * @param available    the units available, when the line holds more ({@code insufficientStock})
     */
    public record Line(String sku, UUID productId, String name, @Nullable String image,
            @Nullable Map<String, String> attributes, int quantity, @Nullable Money unitPrice, @Nullable Money lineTotal,
            boolean unavailable, boolean priceChanged, @Nullable Money currentPrice, @Nullable Integer available,
            boolean insufficientStock) {

        public Line {
            attributes = attributes == null ? Map.of() : attributes;
        }

        /** "M / red": what tells this variant from the product's others. */
        public String variant() {
            return String.join(" / ", attributes.values());
        }
    }
}
