package dev.emporium.checkout.cart;

import dev.emporium.platform.money.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's cart as checkout reads it from cart's internal API: what is in it and in which currency it was
 * priced. Checkout prices the lines itself from its read model of the catalog.
 *
 * @param currency the currency the cart's snapshots are in
 */
public record CustomerCart(String currency, List<Line> lines) {

    public CustomerCart {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * @param name      the product's name when the line was last changed
     * @param unitPrice the price per unit the customer saw when the line last changed, in the cart's currency
     */
    public record Line(String sku, UUID productId, String name, int quantity, @Nullable Money unitPrice) {
    }
}
