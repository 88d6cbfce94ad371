package dev.emporium.contracts.cart;

import dev.emporium.contracts.EventType;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line left the cart (deleted, or its quantity set to 0). Topic {@code cart.events}, key = cartId.
 *
 * @param customerId null for a guest cart
 * @param line       the line as it was before it was removed
 */
@EventType(CartItemRemovedV1.TYPE)
public record CartItemRemovedV1(UUID cartId, @Nullable UUID customerId, CartLineV1 line) {

    public static final String TYPE = "emporium.cart.item-removed.v1";
}
