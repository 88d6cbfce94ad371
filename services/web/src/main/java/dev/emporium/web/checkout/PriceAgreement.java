package dev.emporium.web.checkout;

import dev.emporium.web.address.AddressForm;
import dev.emporium.web.cart.CartView;
import dev.emporium.web.cart.ShopperCart;
import dev.emporium.web.upstream.Answer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * After {@code PRICE_CHANGED} the page shows the new total, and the customer agrees to it by submitting the form
 * again. Checkout compares each cart line's price (as it was when the line last changed) with today's, so the lines
 * whose price changed are set again at their quantity (cart then takes today's price), and the cart is quoted: the
 * order goes ahead only if the total is still the one the customer saw. Never a price the customer has not seen.
 */
@Component
class PriceAgreement {

    private final ShopperCart cart;
    private final CheckoutClient checkout;

    PriceAgreement(ShopperCart cart, CheckoutClient checkout) {
        this.cart = cart;
        this.checkout = checkout;
    }

    boolean agreed(HttpServletRequest request, String accessToken, AddressForm address, String method, String currency,
            String agreedTotal) {
        CartView current = cart.view(request);
        for (CartView.Line line : current.items()) {
            if (line.priceChanged()) {
                cart.setQuantity(request, line.sku(), line.quantity());
            }
        }
        Answer quote = checkout.quote(accessToken, address, method, currency);
        return quote.ok() && CheckoutPages.total(quote.as(CheckoutQuote.class).total()).equals(agreedTotal.strip());
    }
}
