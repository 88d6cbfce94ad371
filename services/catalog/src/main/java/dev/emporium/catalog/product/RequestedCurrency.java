package dev.emporium.catalog.product;

import dev.emporium.catalog.pricing.Pricing;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The currency a client asked for: {@code ?currency=} wins over {@code Accept-Currency}; the base currency otherwise. */
@Component
class RequestedCurrency {

    private final Pricing pricing;

    RequestedCurrency(Pricing pricing) {
        this.pricing = pricing;
    }

    String resolve(String parameter, String header) {
        String requested = parameter != null ? parameter : header;
        if (requested == null || requested.isBlank()) {
            return pricing.baseCurrency();
        }
        String code = requested.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Currencies.isSupported(code)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Unsupported currency " + requested,
                    Map.of("errors", List.of(Map.of("field", "currency",
                            "message", "must be one of " + String.join(", ", Currencies.SUPPORTED)))));
        }
        return code;
    }
}
