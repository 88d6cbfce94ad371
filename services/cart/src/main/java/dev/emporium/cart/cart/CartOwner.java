package dev.emporium.cart.cart;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Whose cart a request means: a signed-in customer's (by token) or a guest's (by {@code X-Cart-Id}). */
public sealed interface CartOwner {

    /** @param token the {@code X-Cart-Id} the guest sent, or null on a first call */
    record Guest(@Nullable String token) implements CartOwner {
    }

    record Customer(UUID id) implements CartOwner {
    }
}
