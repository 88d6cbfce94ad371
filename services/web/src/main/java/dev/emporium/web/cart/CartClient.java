package dev.emporium.web.cart;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Cart's public API, as a guest (their cart id in {@code X-Cart-Id}) or as the signed-in customer (their token).
 * Every call names the shopper's currency: cart reprices its lines when it differs from the cart's.
 */
@Component
public class CartClient {

    private final Upstream cart;

    CartClient(Upstream cartApi) {
        this.cart = cartApi;
    }

    public Answer view(CartOwner owner, String currency) {
        return as(owner, cart.get("/api/v1/cart")).query("currency", currency).send();
    }

    public Answer add(CartOwner owner, String sku, int quantity, String currency) {
        return as(owner, cart.post("/api/v1/cart/items")).query("currency", currency)
                .json(Map.of("sku", sku, "quantity", quantity)).send();
    }

    public Answer setQuantity(CartOwner owner, String sku, int quantity, String currency) {
        return as(owner, cart.patch("/api/v1/cart/items/{sku}", sku)).query("currency", currency)
                .json(Map.of("quantity", quantity)).send();
    }

    public Answer remove(CartOwner owner, String sku, String currency) {
        return as(owner, cart.delete("/api/v1/cart/items/{sku}", sku)).query("currency", currency).send();
    }

    /** Moves the guest cart's lines into the customer's cart (cart deletes the guest cart). */
    public Answer merge(String accessToken, String guestCartId, String currency) {
        return cart.post("/api/v1/cart/merge").bearer(accessToken).query("currency", currency)
                .json(Map.of("cartId", guestCartId)).send();
    }

    private static Upstream.Call as(CartOwner owner, Upstream.Call call) {
        return call.bearer(owner.accessToken()).header(HeaderNames.CART_ID, owner.accessToken() == null ? owner.guestCartId() : null);
    }

    /** Whose cart: the customer's (by token) or a guest's (by cart id; none yet for a guest who never added anything). */
    public record CartOwner(@Nullable String accessToken, @Nullable String guestCartId) {
        public boolean hasCart() {
            return accessToken != null || guestCartId != null;
        }
    }
}
