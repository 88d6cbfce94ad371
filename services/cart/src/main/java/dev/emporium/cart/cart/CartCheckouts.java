package dev.emporium.cart.cart;

import dev.emporium.cart.CartProperties;
import dev.emporium.cart.outbox.CartOutbox;
import dev.emporium.contracts.cart.CartCheckedOutV1;
import dev.emporium.contracts.cart.CartLineV1;
import dev.emporium.platform.money.Currencies;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Checkout's side of a customer's cart: once an order is confirmed, its units leave the cart. Only the ordered
 * quantities go (units the customer added meanwhile stay; a line left with none goes), with a
 * {@code CartCheckedOutV1}, and once per order: the order's id is remembered for the customer cart's lifetime in the
 * same atomic write as the change ({@link CartStore.Once}), so a repeated or concurrent call changes nothing.
 */
@Service
public class CartCheckouts {

    private final CartStore store;
    private final CartOutbox outbox;
    private final RetryOnConflict retry;
    private final CartProperties properties;
    private final Clock clock;

    CartCheckouts(CartStore store, CartOutbox outbox, RetryOnConflict retry, CartProperties properties, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.retry = retry;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param ordered units per SKU that went into the order
     * @return the cart after the change, or as it is when this order was checked out already (an absent cart: empty)
     */
    public Carts.Result checkOut(UUID customerId, UUID orderId, Map<String, Integer> ordered) {
        CartStore.Once once = new CartStore.Once(store.checkoutKey(customerId, orderId), properties.customerTtl());
        return retry.run(() -> {
            // the order's key first: it is written with the change, so a cart read after seeing it shows the change
            boolean done = store.exists(once.key());
            CartStore.Loaded mine = store.load(store.customerKey(customerId));
            Instant now = clock.instant();
            Cart cart = mine.cart() != null ? mine.cart() : Cart.empty(customerId, Currencies.DEFAULT, now);
            if (done) {
                return new Carts.Result(cart, null);
            }
            List<CartLineV1> removed = new ArrayList<>();
            for (Map.Entry<String, Integer> units : ordered.entrySet()) {
                Optional<Cart.Line> line = cart.line(units.getKey());
                if (line.isPresent()) {
                    int taken = Math.min(units.getValue(), line.get().quantity());
                    int left = line.get().quantity() - taken;
                    cart = left == 0 ? cart.without(units.getKey(), now) : cart.with(line.get().withQuantity(left), now);
                    removed.add(line.get().withQuantity(taken).toEvent());
                }
            }
            // nothing of the order left in the cart: only the order is remembered (and no event, as nothing changed)
            List<CartStore.Write> writes = removed.isEmpty() ? List.of()
                    : List.of(new CartStore.Write(mine, cart, properties.customerTtl()));
            List<String> events = removed.isEmpty() ? List.of()
                    : List.of(outbox.entry(cart.id().toString(), new CartCheckedOutV1(cart.id(), customerId, orderId, removed)));
            boolean written = store.commit(writes, List.of(once), events);
            return written ? new Carts.Result(cart, null) : null;
        });
    }
}
