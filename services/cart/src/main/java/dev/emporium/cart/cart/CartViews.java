package dev.emporium.cart.cart;

import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.SkuOffer;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** Shows a cart with what changed since its lines were priced, from the read models. */
@Component
public class CartViews {

    private final ProductCatalog catalog;
    private final StockLevels stock;

    public CartViews(ProductCatalog catalog, StockLevels stock) {
        this.catalog = catalog;
        this.stock = stock;
    }

    public CartView of(Carts.Result result) {
        Cart cart = result.cart();
        List<CartView.Item> items = cart.lines().stream().map(line -> item(line, cart.currency())).toList();
        BigDecimal subtotal = items.stream().map(CartView.Item::lineTotal).filter(total -> total.currency().equals(cart.currency()))
                .map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int itemCount = cart.lines().stream().mapToInt(Cart.Line::quantity).sum();
        String id = result.guestToken() != null ? result.guestToken() : cart.id().toString();
        return new CartView(id, items, new Money(subtotal, cart.currency()), cart.currency(), itemCount, cart.updatedAt());
    }

    private CartView.Item item(Cart.Line line, String currency) {
        Optional<SkuOffer> offer = catalog.find(line.sku());
        Optional<BigDecimal> current = offer.flatMap(o -> o.price(line.currency()));
        boolean unavailable = offer.isEmpty() || !offer.get().forSale() || !line.currency().equals(currency)
                || offer.get().price(currency).isEmpty();
        boolean priceChanged = current.isPresent() && current.get().compareTo(line.unitPrice()) != 0;
        OptionalInt available = stock.available(line.sku());
        Money unitPrice = new Money(line.unitPrice(), line.currency());
        return new CartView.Item(line.sku(), line.productId(), line.name(), line.image(), line.attributes(), line.quantity(),
                unitPrice, new Money(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())), line.currency()),
                unavailable, priceChanged, priceChanged ? new Money(current.get(), line.currency()) : null,
                available.isPresent() ? available.getAsInt() : null,
                available.isPresent() && line.quantity() > available.getAsInt());
    }
}
