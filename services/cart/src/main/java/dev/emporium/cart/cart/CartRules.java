package dev.emporium.cart.cart;

import dev.emporium.cart.CartProperties;
import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.SkuOffer;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.platform.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** What may go into a cart, decided against the read models; and how a line is priced from them. */
@Component
public class CartRules {

    public static final String PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE";
    public static final String INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK";

    private final ProductCatalog catalog;
    private final StockLevels stock;
    private final int maxLineQuantity;

    public CartRules(ProductCatalog catalog, StockLevels stock, CartProperties properties) {
        this.catalog = catalog;
        this.stock = stock;
        this.maxLineQuantity = properties.maxLineQuantity();
    }

    public int maxLineQuantity() {
        return maxLineQuantity;
    }

    /** The SKU's offer if it can be sold in this currency: 404 unknown, 409 {@code PRODUCT_UNAVAILABLE} otherwise. */
    SkuOffer forSale(String sku, String currency) {
        SkuOffer offer = catalog.find(sku).orElseThrow(() -> ApiException.notFound("SKU " + sku));
        if (!offer.forSale() || offer.price(currency).isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, PRODUCT_UNAVAILABLE, "The product of SKU " + sku + " is not for sale",
                    Map.of("sku", sku));
        }
        return offer;
    }

    /** A line may hold at most the per-line limit (400) and, when the SKU's availability is known, what is available (409). */
    void checkQuantity(String sku, int quantity) {
        if (quantity > maxLineQuantity) {
            throw ApiException.invalidField("quantity", "the line would hold " + quantity + " units; at most " + maxLineQuantity
                    + " per line");
        }
        OptionalInt available = stock.available(sku);
        if (available.isPresent() && quantity > available.getAsInt()) {
            throw new ApiException(HttpStatus.CONFLICT, INSUFFICIENT_STOCK, "Only " + available.getAsInt() + " of SKU " + sku
                    + " available, the line would hold " + quantity, Map.of("sku", sku, "available", available.getAsInt(),
                    "requested", quantity));
        }
    }

    /** How many units a merge may put on a line: the sum, capped at the per-line limit and the availability if known. */
    int mergedQuantity(String sku, int existing, int added) {
        int capped = Math.min(existing + added, maxLineQuantity);
        OptionalInt available = stock.available(sku);
        if (available.isPresent()) {
            capped = Math.min(capped, available.getAsInt());
        }
        return Math.max(capped, existing); // a merge never takes units away from the customer's own line
    }

    Cart.Line snapshot(SkuOffer offer, int quantity, String currency, Instant addedAt) {
        return new Cart.Line(offer.sku(), offer.productId(), offer.name(), offer.image(), offer.attributes(), quantity,
                offer.price(currency).orElseThrow(), currency, addedAt);
    }

    /** The cart's lines priced in another currency from the read model; a line without a known price keeps its own. */
    List<Cart.Line> repriced(List<Cart.Line> lines, String currency) {
        return lines.stream().map(line -> catalog.find(line.sku()).filter(offer -> offer.price(currency).isPresent())
                .map(offer -> snapshot(offer, line.quantity(), currency, line.addedAt()))
                .orElse(line)).toList();
    }
}
