package dev.emporium.web.cart;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.identity.SignInAgainException;
import dev.emporium.web.preferences.Preferences;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The shopper's cart as the storefront keeps track of it: a guest's cart id (cart issues it with the first line;
 * it is the cart's only key, so it stays in the session and never reaches the browser) and the number of units
 * for the header, both in the session. A signed-in customer's cart is found by their token; on sign-in the guest
 * cart is merged into it.
 */
@Component
public class ShopperCart {

    static final String CART_ID = "emporium.cart-id";
    static final String COUNT = "emporium.cart-count";

    private final CartClient carts;
    private final CustomerSession customers;

    ShopperCart(CartClient carts, CustomerSession customers) {
        this.carts = carts;
        this.customers = customers;
    }

    /** Units in the cart as last seen, for the header; 0 without a session. */
    public static int count(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(COUNT) instanceof Integer count ? count : 0;
    }

    /** The customer's order was placed: checkout took the ordered units out of their cart. */
    public static void checkedOut(HttpServletRequest request) {
        request.getSession().setAttribute(COUNT, 0);
    }

    /** The cart; an empty one, without calling cart, for a guest who has none. */
    public CartView view(HttpServletRequest request) {
        CartClient.CartOwner owner = owner(request);
        if (!owner.hasCart()) {
            return CartView.empty(Preferences.currency(request));
        }
        return read(request, owner, carts.view(owner, Preferences.currency(request)));
    }

    public Change add(HttpServletRequest request, String sku, int quantity) {
        CartClient.CartOwner owner = owner(request);
        return change(request, owner, carts.add(owner, sku, quantity, Preferences.currency(request)));
    }

    public Change setQuantity(HttpServletRequest request, String sku, int quantity) {
        CartClient.CartOwner owner = owner(request);
        if (!owner.hasCart()) {
            return new Change.Done(CartView.empty(Preferences.currency(request)));
        }
        return change(request, owner, carts.setQuantity(owner, sku, quantity, Preferences.currency(request)));
    }

    public Change remove(HttpServletRequest request, String sku) {
        CartClient.CartOwner owner = owner(request);
        if (!owner.hasCart()) {
            return new Change.Done(CartView.empty(Preferences.currency(request)));
        }
        return change(request, owner, carts.remove(owner, sku, Preferences.currency(request)));
    }

    /**
     * Right after sign-in: the guest cart's lines move into the customer's cart (cart adds up quantities, capped at
     * what is available) and the guest cart id is forgotten. A guest cart cart no longer knows (expired) is simply
     * dropped. Without a guest cart, the customer's cart is read for the header's count.
     */
    public void adoptGuestCart(HttpServletRequest request, String accessToken) {
        HttpSession session = request.getSession();
        String currency = Preferences.currency(request);
        CartClient.CartOwner customer = new CartClient.CartOwner(accessToken, null);
        if (session.getAttribute(CART_ID) instanceof String guestCartId) {
            Answer merged = carts.merge(accessToken, guestCartId, currency);
            session.removeAttribute(CART_ID);
            if (merged.ok()) {
                remember(request, customer, merged);
                return;
            }
        }
        remember(request, customer, carts.view(customer, currency));
    }

    private CartClient.CartOwner owner(HttpServletRequest request) {
        String token = customers.accessToken(request).orElse(null);
        if (token != null) {
            return new CartClient.CartOwner(token, null);
        }
        HttpSession session = request.getSession(false);
        Object cartId = session == null ? null : session.getAttribute(CART_ID);
        return new CartClient.CartOwner(null, cartId instanceof String id ? id : null);
    }

    private CartView read(HttpServletRequest request, CartClient.CartOwner owner, Answer answer) {
        if (answer.status() == 401 && owner.accessToken() != null) {
            customers.expired(request);
            throw new SignInAgainException();
        }
        return remember(request, owner, answer);
    }

    private Change change(HttpServletRequest request, CartClient.CartOwner owner, Answer answer) {
        if (answer.ok() || answer.status() == 401) {
            return new Change.Done(read(request, owner, answer));
        }
        return switch (answer.status()) {
            case 404 -> new Change.Refused("cart.error.unknown-product", null);
            case 409 -> "INSUFFICIENT_STOCK".equals(answer.code())
                    ? new Change.Refused("cart.error.insufficient-stock", answer.body().path("available").asInt(0))
                    : new Change.Refused("cart.error.unavailable", null);
            case 400 -> new Change.Refused("cart.error.quantity", null);
            default -> throw new UpstreamUnavailableException("cart", "answered " + answer.status() + " " + answer.code(), null);
        };
    }

    private static CartView remember(HttpServletRequest request, CartClient.CartOwner owner, Answer answer) {
        CartView cart = answer.expect("cart", CartView.class);
        HttpSession session = request.getSession();
        String issued = answer.headers().getFirst(HeaderNames.CART_ID);
        if (owner.accessToken() == null && issued != null && !issued.equals(session.getAttribute(CART_ID))) {
            session.setAttribute(CART_ID, issued);
        }
        if (!Objects.equals(session.getAttribute(COUNT), cart.itemCount())) {
            session.setAttribute(COUNT, cart.itemCount());
        }
        return cart;
    }

    /** What became of a change: the cart after it, or why cart refused it (a message key and its argument). */
    public sealed interface Change {
        record Done(CartView cart) implements Change {
        }

        record Refused(String reason, Integer argument) implements Change {
        }
    }
}
