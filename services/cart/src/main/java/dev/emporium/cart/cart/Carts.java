package dev.emporium.cart.cart;

import dev.emporium.cart.CartProperties;
import dev.emporium.cart.catalog.SkuOffer;
import dev.emporium.cart.outbox.CartOutbox;
import dev.emporium.contracts.cart.CartItemAddedV1;
import dev.emporium.contracts.cart.CartItemQuantityChangedV1;
import dev.emporium.contracts.cart.CartItemRemovedV1;
import dev.emporium.contracts.cart.CartLineV1;
import dev.emporium.contracts.cart.CartMergedV1;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.web.ApiException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The cart's use cases. Each is a read-modify-write of the cart in Redis: read the cart and its version, apply the
 * change in memory (validated against the read models), and write it with its events only if nobody changed the
 * cart in between ({@link CartStore#commit}); otherwise read again and retry ({@link RetryOnConflict}). So
 * concurrent changes of one cart never overwrite each other, and the outbox holds exactly the changes that happened.
 */
@Service
public class Carts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CartStore store;
    private final CartRules rules;
    private final CartOutbox outbox;
    private final RetryOnConflict retry;
    private final CartProperties properties;
    private final Clock clock;

    public Carts(CartStore store, CartRules rules, CartOutbox outbox, RetryOnConflict retry, CartProperties properties, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.outbox = outbox;
        this.retry = retry;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param guestToken the {@code X-Cart-Id} of a guest cart (to return to the client), null for a customer's */
    public record Result(Cart cart, @Nullable String guestToken) {
    }

    private record Change(Cart cart, List<Object> events) {
    }

    private record Address(String key, @Nullable String guestToken, @Nullable UUID customerId, boolean fresh) {
    }

    /** The cart (a guest's is created, and its token issued, when it does not exist). */
    public Result view(CartOwner owner, @Nullable String currency) {
        return update(owner, currency, cart -> new Change(cart, List.of()));
    }

    public Result add(CartOwner owner, @Nullable String currency, String sku, int quantity) {
        return update(owner, currency, cart -> {
            SkuOffer offer = rules.forSale(sku, cart.currency());
            Optional<Cart.Line> existing = cart.line(sku);
            int total = existing.map(Cart.Line::quantity).orElse(0) + quantity;
            rules.checkQuantity(sku, total);
            Instant now = clock.instant();
            Cart.Line line = rules.snapshot(offer, total, cart.currency(), existing.map(Cart.Line::addedAt).orElse(now));
            return new Change(cart.with(line, now), List.of(new CartItemAddedV1(cart.id(), cart.customerId(), quantity, line.toEvent())));
        });
    }

    /** Sets a line's quantity; 0 removes it. The line is priced again, as the customer acted on today's price. */
    public Result setQuantity(CartOwner owner, @Nullable String currency, String sku, int quantity) {
        return update(owner, currency, cart -> {
            Cart.Line existing = cart.line(sku).orElseThrow(() -> ApiException.notFound("Cart line " + sku));
            Instant now = clock.instant();
            if (quantity == 0) {
                return new Change(cart.without(sku, now), List.of(new CartItemRemovedV1(cart.id(), cart.customerId(), existing.toEvent())));
            }
            SkuOffer offer = rules.forSale(sku, cart.currency());
            rules.checkQuantity(sku, quantity);
            Cart.Line line = rules.snapshot(offer, quantity, cart.currency(), existing.addedAt());
            List<Object> events = quantity == existing.quantity() ? List.of()
                    : List.of(new CartItemQuantityChangedV1(cart.id(), cart.customerId(), existing.quantity(), line.toEvent()));
            return new Change(cart.with(line, now), events);
        });
    }

    /** Removes a line; removing one that is not there changes nothing (a retried DELETE is harmless). */
    public Result remove(CartOwner owner, @Nullable String currency, String sku) {
        return update(owner, currency, cart -> cart.line(sku)
                .map(line -> new Change(cart.without(sku, clock.instant()),
                        List.<Object>of(new CartItemRemovedV1(cart.id(), cart.customerId(), line.toEvent()))))
                .orElseGet(() -> new Change(cart, List.of())));
    }

    /**
     * Moves a guest cart into the customer's and deletes it, in one atomic write: quantities add up, capped at the
     * per-line limit and at the availability; guest lines are priced in the customer's cart's currency.
     */
    public Result merge(UUID customerId, String guestToken, @Nullable String currency) {
        return retry.run(() -> {
            CartStore.Loaded guest = store.load(store.guestKey(guestToken));
            if (guest.cart() == null) {
                throw ApiException.notFound("Cart");
            }
            CartStore.Loaded mine = store.load(store.customerKey(customerId));
            Instant now = clock.instant();
            String target = currency != null ? currency : mine.cart() != null ? mine.cart().currency() : guest.cart().currency();
            Cart cart = mine.cart() != null ? inCurrency(mine.cart(), target, now) : Cart.empty(customerId, target, now);
            List<CartLineV1> merged = new ArrayList<>();
            for (Cart.Line line : rules.repriced(guest.cart().lines(), target)) {
                Optional<Cart.Line> existing = cart.line(line.sku());
                int before = existing.map(Cart.Line::quantity).orElse(0);
                int after = rules.mergedQuantity(line.sku(), before, line.quantity());
                if (after > before) {
                    Cart.Line next = existing.orElse(line).withQuantity(after);
                    cart = cart.with(next, now);
                    merged.add(next.withQuantity(after - before).toEvent());
                }
            }
            Object event = new CartMergedV1(cart.id(), customerId, guest.cart().id(), merged, cart.eventLines());
            boolean written = store.commit(List.of(new CartStore.Write(mine, cart, properties.customerTtl()),
                    new CartStore.Write(guest, null, Duration.ZERO)), List.of(outbox.entry(cart.id().toString(), event)));
            return written ? new Result(cart, null) : null;
        });
    }

    private Result update(CartOwner owner, @Nullable String currency, Function<Cart, Change> change) {
        Address[] address = {addressOf(owner)};
        return retry.run(() -> {
            CartStore.Loaded loaded = store.load(address[0].key());
            if (loaded.cart() == null && address[0].guestToken() != null && !address[0].fresh()) {
                // an expired (or never issued) token: a new cart with a new token, never one the client chose
                address[0] = freshGuest();
                loaded = new CartStore.Loaded(address[0].key(), 0, null);
            }
            Instant now = clock.instant();
            Cart current = loaded.cart() != null ? loaded.cart()
                    : Cart.empty(address[0].customerId(), currency == null ? Currencies.DEFAULT : currency, now);
            Change result = change.apply(inCurrency(current, currency, now));
            Duration ttl = address[0].customerId() == null ? properties.guestTtl() : properties.customerTtl();
            boolean persistNew = loaded.cart() == null && address[0].guestToken() != null; // the issued token must work next time
            if (result.cart().equals(current) && !persistNew) {
                if (loaded.cart() != null) {
                    store.touch(loaded.key(), ttl);
                }
                return new Result(current, address[0].guestToken());
            }
            String cartId = result.cart().id().toString();
            List<String> entries = result.events().stream().map(event -> outbox.entry(cartId, event)).toList();
            boolean written = store.commit(List.of(new CartStore.Write(loaded, result.cart(), ttl)), entries);
            return written ? new Result(result.cart(), address[0].guestToken()) : null;
        });
    }

    private Cart inCurrency(Cart cart, @Nullable String currency, Instant now) {
        if (currency == null || currency.equals(cart.currency())) {
            return cart;
        }
        return cart.withLines(currency, rules.repriced(cart.lines(), currency), now);
    }

    private Address addressOf(CartOwner owner) {
        return switch (owner) {
            case CartOwner.Customer customer -> new Address(store.customerKey(customer.id()), null, customer.id(), false);
            case CartOwner.Guest guest when guest.token() != null -> new Address(store.guestKey(guest.token()), guest.token(), null, false);
            case CartOwner.Guest guest -> freshGuest();
        };
    }

    private Address freshGuest() {
        byte[] bytes = new byte[16]; // 128 random bits: unguessable, and the cart's only key
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Address(store.guestKey(token), token, null, true);
    }
}
