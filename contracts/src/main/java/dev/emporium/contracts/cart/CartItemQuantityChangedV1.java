package dev.emporium.contracts.cart;

import dev.emporium.contracts.EventType;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line's quantity was set to another value above 0 ({@code PATCH}). Topic {@code cart.events}, key = cartId.
 *
 * @param customerId null for a guest cart
 * @param line       the line after the change
 */
@EventType(CartItemQuantityChangedV1.TYPE)
public record CartItemQuantityChangedV1(UUID cartId, @Nullable UUID customerId, int previousQuantity, CartLineV1 line) {

    public static final String TYPE = "emporium.cart.item-quantity-changed.v1";
}
