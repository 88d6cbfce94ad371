package dev.emporium.web.checkout;

import dev.emporium.platform.money.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the customer would pay now ({@code POST /api/v1/checkout/quote}): their cart at today's prices, shipping and tax. */
public record CheckoutQuote(List<Line> lines, Money subtotal, Money shipping, Money tax, @Nullable Money discount, Money total,
        String currency, String shippingMethod, @Nullable String taxRate) {

    public CheckoutQuote {
        lines = lines == null ? List.of() : lines;
    }

    public boolean hasDiscount() {
        return discount != null && discount.amount().signum() != 0;
    }

    public record Line(String sku, UUID productId, String name, int quantity, Money unitPrice, Money lineTotal) {
    }
}
