package dev.emporium.checkout.cart;

import java.util.List;
import java.util.UUID;

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

    /** @param name the product's name when the line was last changed */
    public record Line(String sku, UUID productId, String name, int quantity) {
    }
}
