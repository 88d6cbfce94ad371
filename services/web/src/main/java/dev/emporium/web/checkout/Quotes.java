package dev.emporium.web.checkout;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cart quoted for both shipping methods to one address (each method's price is shown beside it), or why it could
 * not be: {@code problem} is a message key ({@code checkout.quote.*}).
 */
public record Quotes(Map<String, CheckoutQuote> byMethod, @Nullable String problem) {

    static Quotes none(@Nullable String problem) {
        return new Quotes(Map.of(), problem);
    }

    public @Nullable CheckoutQuote of(String method) {
        return byMethod.get(method);
    }

    public boolean present() {
        return !byMethod.isEmpty();
    }
}
