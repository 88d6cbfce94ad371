package dev.emporium.cart.cart;

import dev.emporium.contracts.cart.CartLineV1;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cart as stored in Redis (one JSON document per cart): its lines in the order they were first added, each with
 * the product's name, image and unit price as they were when the customer last changed the line.
 *
 * @param id         the cart's own id, used in events; a guest cart is addressed by a separate secret token
 * @param customerId the owner, or null for a guest cart
 * @param currency   the currency the cart is priced in
 */
public record Cart(UUID id, @Nullable UUID customerId, String currency, List<Line> lines, Instant createdAt, Instant updatedAt) {

    public Cart {
        lines = List.copyOf(lines);
    }

    /**
     * @param unitPrice the price per unit snapshotted when the line last changed, in {@code currency}
     * @param currency  the cart's currency when the line was priced (another only if no price was known at a switch)
     */
    public record Line(String sku, UUID productId, String name, @Nullable String image, Map<String, String> attributes,
            int quantity, BigDecimal unitPrice, String currency, Instant addedAt) {

        Line withQuantity(int newQuantity) {
            return new Line(sku, productId, name, image, attributes, newQuantity, unitPrice, currency, addedAt);
        }

        CartLineV1 toEvent() {
            return new CartLineV1(sku, productId, quantity, unitPrice, currency);
        }
    }

    static Cart empty(@Nullable UUID customerId, String currency, Instant now) {
        return new Cart(UUID.randomUUID(), customerId, currency, List.of(), now, now);
    }

    Optional<Line> line(String sku) {
        return lines.stream().filter(line -> line.sku().equals(sku)).findFirst();
    }

    /** Replaces the line of the same SKU in place, or appends it. */
    Cart with(Line line, Instant now) {
        List<Line> changed = new ArrayList<>(lines);
        int index = indexOf(line.sku());
        if (index < 0) {
            changed.add(line);
        } else {
            changed.set(index, line);
        }
        return new Cart(id, customerId, currency, changed, createdAt, now);
    }

    Cart without(String sku, Instant now) {
        return new Cart(id, customerId, currency, lines.stream().filter(line -> !line.sku().equals(sku)).toList(), createdAt, now);
    }

    Cart withLines(String newCurrency, List<Line> newLines, Instant now) {
        return new Cart(id, customerId, newCurrency, newLines, createdAt, now);
    }

    List<CartLineV1> eventLines() {
        return lines.stream().map(Line::toEvent).toList();
    }

    private int indexOf(String sku) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().equals(sku)) {
                return i;
            }
        }
        return -1;
    }
}
