package dev.emporium.contracts.cart;

import dev.emporium.contracts.EventType;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Units of a SKU were put in a cart (a new line or more of an existing one). Topic {@code cart.events}, key = cartId.
 *
 * @param cartId     the cart's own id (never the guest's {@code X-Cart-Id}, which is a secret that opens the cart)
 * @param customerId the customer owning the cart; null for a guest cart
 * @param added      how many units this change added
 * @param line       the line after the change
 */
@EventType(CartItemAddedV1.TYPE)
public record CartItemAddedV1(UUID cartId, @Nullable UUID customerId, int added, CartLineV1 line) {

    public static final String TYPE = "emporium.cart.item-added.v1";
}
