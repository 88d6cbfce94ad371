package dev.emporium.contracts.cart;

import dev.emporium.contracts.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A customer's cart became an order: the ordered units left the cart (units added while the order was placed stay).
 * Once per order. Topic {@code cart.events}, key = cartId.
 *
 * @param orderId the order the lines went into
 * @param lines   the units that left the cart, per SKU
 */
@EventType(CartCheckedOutV1.TYPE)
public record CartCheckedOutV1(UUID cartId, UUID customerId, UUID orderId, List<CartLineV1> lines) {

    public static final String TYPE = "emporium.cart.checked-out.v1";
}
