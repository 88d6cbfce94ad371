package dev.emporium.checkout.quote;

import dev.emporium.checkout.address.Destination;
import dev.emporium.checkout.cart.CartClient;
import dev.emporium.checkout.cart.CustomerCart;
import dev.emporium.checkout.catalog.CatalogReadModel;
import dev.emporium.checkout.catalog.SkuOffer;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Quotes a customer's cart: the request is checked first (nothing is called for a request that cannot be quoted),
 * then the cart is read from cart and each line priced from checkout's read model of the catalog in the currency
 * asked for. No transaction is held while cart is called.
 */
@Service
public class Quotes {

    public static final String CART_EMPTY = "CART_EMPTY";
    public static final String PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE";

    private final CartClient carts;
    private final CatalogReadModel catalog;
    private final QuoteCalculator calculator;

    Quotes(CartClient carts, CatalogReadModel catalog, QuoteCalculator calculator) {
        this.carts = carts;
        this.catalog = catalog;
        this.calculator = calculator;
    }

    public Quote quote(UUID customerId, QuoteRequest request) {
        Destination destination = checked(request);
        return price(carts.cartOf(customerId), destination, request);
    }

    /** The request's destination, once its currency and address are known to be usable: nothing is called before. */
    public static Destination checked(QuoteRequest request) {
        if (!Currencies.isSupported(request.currency())) {
            throw ApiException.invalidField("currency", "must be one of " + String.join(", ", Currencies.SUPPORTED));
        }
        return destinationOf(request);
    }

    /** Prices the cart at the read model's current prices: 409 {@code CART_EMPTY} or {@code PRODUCT_UNAVAILABLE}. */
    public Quote price(CustomerCart cart, Destination destination, QuoteRequest request) {
        if (cart.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, CART_EMPTY, "The cart is empty: there is nothing to check out");
        }
        Map<String, SkuOffer> offers = catalog.offers(cart.lines().stream().map(CustomerCart.Line::sku).toList(), request.currency());
        List<String> unavailable = cart.lines().stream().map(CustomerCart.Line::sku)
                .filter(sku -> offers.get(sku) == null || !offers.get(sku).forSale()).toList();
        if (!unavailable.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, PRODUCT_UNAVAILABLE, "Some products in the cart are not for sale (any more) in "
                    + request.currency() + "; remove them from the cart", Map.of("skus", unavailable));
        }
        List<QuoteCalculator.Priced> items = cart.lines().stream()
                .map(line -> new QuoteCalculator.Priced(offers.get(line.sku()), line.quantity())).toList();
        return calculator.quote(items, destination, request.shippingMethod(), request.currency());
    }

    /** Exactly one of the two; {@code addressId} is refused until identity serves address books to services. */
    static Destination destinationOf(QuoteRequest request) {
        if (request.addressId() != null) {
            throw ApiException.invalidField("addressId", request.shippingAddress() == null
                    ? "saved addresses cannot be used at checkout yet: send shippingAddress"
                    : "send either shippingAddress or addressId, not both");
        }
        if (request.shippingAddress() == null) {
            throw ApiException.invalidField("shippingAddress", "must not be null");
        }
        return Destination.of(request.shippingAddress(), "shippingAddress");
    }
}
