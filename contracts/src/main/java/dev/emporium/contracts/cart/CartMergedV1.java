package dev.emporium.contracts.cart;

import dev.emporium.contracts.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A guest cart was merged into a customer's cart on sign-in and deleted. Topic {@code cart.events}, key = cartId
 * (the customer's cart).
 *
 * @param guestCartId the merged guest cart's own id (its events were keyed by it)
 * @param merged      the guest lines as they were added (quantities after the caps at 99 and at availability)
 * @param lines       the customer's cart after the merge
 */
@EventType(CartMergedV1.TYPE)
public record CartMergedV1(UUID cartId, UUID customerId, UUID guestCartId, List<CartLineV1> merged, List<CartLineV1> lines) {

    public static final String TYPE = "emporium.cart.merged.v1";
}
