package dev.emporium.platform.api;

import java.util.List;

/**
 * What anyone may call without a token: declared once, used by the gateway's rules and by each service's own, so
 * the two layers never disagree. Patterns use Spring's path-pattern syntax.
 */
public final class PublicPaths {

    /** GET (and HEAD) without a token. */
    public static final List<String> READS = List.of(
            "/.well-known/jwks.json",
            "/api/v1/products", "/api/v1/products/**",
            "/api/v1/categories", "/api/v1/categories/**",
            "/api/v1/search", "/api/v1/search/**",
            "/api/v1/inventory/**",
            "/api/v1/recommendations/products/**");

    /** POST without a token: signing up and in. */
    public static final List<String> AUTH_POSTS = List.of(
            "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh");

    /**
     * Any method without a token: guest carts, addressed by the {@code X-Cart-Id} header (a token, when sent, is
     * still checked and selects the customer's own cart). Merging a guest cart ({@code POST /api/v1/cart/merge})
     * is not here: it needs the customer.
     */
    public static final List<String> GUEST_CART = List.of("/api/v1/cart", "/api/v1/cart/items", "/api/v1/cart/items/*");

    /**
     * Any method without a token: payment providers' signed webhooks (the signature is their authentication) and the
     * built-in card provider's confirmation page, which the customer's browser opens from a redirect.
     */
    public static final List<String> PAYMENT_PROVIDERS = List.of("/api/v1/payments/webhooks/*", "/api/v1/payments/confirmations/*");

    private PublicPaths() {
    }

    public static String[] reads() {
        return READS.toArray(String[]::new);
    }

    public static String[] authPosts() {
        return AUTH_POSTS.toArray(String[]::new);
    }

    public static String[] paymentProviders() {
        return PAYMENT_PROVIDERS.toArray(String[]::new);
    }

    public static String[] guestCart() {
        return GUEST_CART.toArray(String[]::new);
    }
}
